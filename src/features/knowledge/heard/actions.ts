"use server";

// Thin form actions over the gate. Every success redirects (back to the editor or the theme
// with a notice), so the forms work the same with and without JavaScript.
import { serverAction } from "@/lib/server-action";
import {
  deleteHeardThemeCommand,
  moveHeardThemeCommand,
  publishHeardPageCommand,
  saveHeardPageCommand,
  saveHeardThemeCommand,
  setHeardQuotesCommand,
  unpublishHeardPageCommand,
} from "./commands";

const editorPath = (processId: string) => `/admin/prosesser/${processId}/dette-har-vi-hort`;
const themePath = (processId: string, themeId: string) => `${editorPath(processId)}/tema/${themeId}`;
// The public page, the process page and receipts link to it: refresh them all.
const revalidate = [["/", "layout"]] as const;

export const saveHeardPageAction = serverAction(saveHeardPageCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=side` });

export const saveHeardThemeAction = serverAction(saveHeardThemeCommand, {
  revalidate,
  redirect: (r) => `${themePath(r.processId, r.id)}?lagret=${r.created ? "nytt" : "tema"}`,
});

export const setHeardQuotesAction = serverAction(setHeardQuotesCommand, { revalidate, redirect: (r) => `${themePath(r.processId, r.id)}?lagret=sitater` });

export const moveHeardThemeAction = serverAction(moveHeardThemeCommand, {
  revalidate,
  redirect: (r) => `${editorPath(r.processId)}?lagret=flyttet#tema-${r.id}`,
});

export const deleteHeardThemeAction = serverAction(deleteHeardThemeCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=slettet` });

export const publishHeardPageAction = serverAction(publishHeardPageCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=publisert` });

export const unpublishHeardPageAction = serverAction(unpublishHeardPageCommand, {
  revalidate,
  redirect: (r) => `${editorPath(r.processId)}?lagret=avpublisert`,
});
