"use server";
// Thin form actions over the gate. Every success redirects (back to the editor or the theme
// with a notice), so the forms work the same with and without JavaScript.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
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

// Each action takes and returns the state of its own gate definition.
type StateOf<H> = H extends (prev: infer P, fd: FormData) => unknown ? P : never;
const editorPath = (processId: string) => `/admin/prosesser/${processId}/dette-har-vi-hort`;
const themePath = (processId: string, themeId: string) => `${editorPath(processId)}/tema/${themeId}`;
// The public page, the process page and receipts link to it: refresh them all.
const refresh = () => revalidatePath("/", "layout");

const savePage = serverAction(saveHeardPageCommand, refresh);
export async function saveHeardPageAction(prev: StateOf<typeof savePage>, fd: FormData): Promise<StateOf<typeof savePage>> {
  const state = await savePage(prev, fd);
  if (state.status === "success") redirect(`${editorPath(state.data.processId)}?lagret=side`);
  return state;
}

const saveTheme = serverAction(saveHeardThemeCommand, refresh);
export async function saveHeardThemeAction(prev: StateOf<typeof saveTheme>, fd: FormData): Promise<StateOf<typeof saveTheme>> {
  const state = await saveTheme(prev, fd);
  if (state.status === "success") redirect(`${themePath(state.data.processId, state.data.id)}?lagret=${state.data.created ? "nytt" : "tema"}`);
  return state;
}

const setQuotes = serverAction(setHeardQuotesCommand, refresh);
export async function setHeardQuotesAction(prev: StateOf<typeof setQuotes>, fd: FormData): Promise<StateOf<typeof setQuotes>> {
  const state = await setQuotes(prev, fd);
  if (state.status === "success") redirect(`${themePath(state.data.processId, state.data.id)}?lagret=sitater`);
  return state;
}

const move = serverAction(moveHeardThemeCommand, refresh);
export async function moveHeardThemeAction(prev: StateOf<typeof move>, fd: FormData): Promise<StateOf<typeof move>> {
  const state = await move(prev, fd);
  if (state.status === "success") redirect(`${editorPath(state.data.processId)}?lagret=flyttet#tema-${state.data.id}`);
  return state;
}

const remove = serverAction(deleteHeardThemeCommand, refresh);
export async function deleteHeardThemeAction(prev: StateOf<typeof remove>, fd: FormData): Promise<StateOf<typeof remove>> {
  const state = await remove(prev, fd);
  if (state.status === "success") redirect(`${editorPath(state.data.processId)}?lagret=slettet`);
  return state;
}

const publish = serverAction(publishHeardPageCommand, refresh);
export async function publishHeardPageAction(prev: StateOf<typeof publish>, fd: FormData): Promise<StateOf<typeof publish>> {
  const state = await publish(prev, fd);
  if (state.status === "success") redirect(`${editorPath(state.data.processId)}?lagret=publisert`);
  return state;
}

const unpublish = serverAction(unpublishHeardPageCommand, refresh);
export async function unpublishHeardPageAction(prev: StateOf<typeof unpublish>, fd: FormData): Promise<StateOf<typeof unpublish>> {
  const state = await unpublish(prev, fd);
  if (state.status === "success") redirect(`${editorPath(state.data.processId)}?lagret=avpublisert`);
  return state;
}
