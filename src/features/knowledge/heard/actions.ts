"use server";

// Thin form actions over the gate. Every success redirects (back to the editor or the theme
// with a notice), so the forms work the same with and without JavaScript.
import { serverAction, type StateOf } from "@/lib/server-action";
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

const savePage = serverAction(saveHeardPageCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=side` });
export async function saveHeardPageAction(prev: StateOf<typeof savePage>, fd: FormData): Promise<StateOf<typeof savePage>> {
  return savePage(prev, fd);
}

const saveTheme = serverAction(saveHeardThemeCommand, { revalidate, redirect: (r) => `${themePath(r.processId, r.id)}?lagret=${r.created ? "nytt" : "tema"}` });
export async function saveHeardThemeAction(prev: StateOf<typeof saveTheme>, fd: FormData): Promise<StateOf<typeof saveTheme>> {
  return saveTheme(prev, fd);
}

const setQuotes = serverAction(setHeardQuotesCommand, { revalidate, redirect: (r) => `${themePath(r.processId, r.id)}?lagret=sitater` });
export async function setHeardQuotesAction(prev: StateOf<typeof setQuotes>, fd: FormData): Promise<StateOf<typeof setQuotes>> {
  return setQuotes(prev, fd);
}

const move = serverAction(moveHeardThemeCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=flyttet#tema-${r.id}` });
export async function moveHeardThemeAction(prev: StateOf<typeof move>, fd: FormData): Promise<StateOf<typeof move>> {
  return move(prev, fd);
}

const remove = serverAction(deleteHeardThemeCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=slettet` });
export async function deleteHeardThemeAction(prev: StateOf<typeof remove>, fd: FormData): Promise<StateOf<typeof remove>> {
  return remove(prev, fd);
}

const publish = serverAction(publishHeardPageCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=publisert` });
export async function publishHeardPageAction(prev: StateOf<typeof publish>, fd: FormData): Promise<StateOf<typeof publish>> {
  return publish(prev, fd);
}

const unpublish = serverAction(unpublishHeardPageCommand, { revalidate, redirect: (r) => `${editorPath(r.processId)}?lagret=avpublisert` });
export async function unpublishHeardPageAction(prev: StateOf<typeof unpublish>, fd: FormData): Promise<StateOf<typeof unpublish>> {
  return unpublish(prev, fd);
}
