"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { hideInputCommand, markInputReadCommand, setInputStatusCommand, unhideInputCommand } from "./commands";
import { inboxQuery, parseInboxFilter } from "./filters";

// Each form carries the inbox filter it was opened from ("filter", a query string); it is
// re-parsed here, so only known filter parameters survive into the redirect.
function detailPath(fd: FormData, id: string, notice: string) {
  const filter = parseInboxFilter(new URLSearchParams(String(fd.get("filter") ?? "")));
  return `/admin/innspill/${id}${inboxQuery(filter, { lagret: notice })}`;
}

const refresh = () => {
  revalidatePath("/admin/innspill", "layout");
  revalidatePath("/kvittering", "layout");
};

type Result = { id: string };
const withRedirect =
  <R extends Result>(handler: (p: ActionState<R>, fd: FormData) => Promise<ActionState<R>>, notice: string) =>
  async (prev: ActionState<R>, fd: FormData) => {
    const state = await handler(prev, fd);
    if (state.status === "success") redirect(detailPath(fd, state.data.id, notice));
    return state;
  };

const setStatus = withRedirect(serverAction(setInputStatusCommand, refresh), "status");
export async function setInputStatusAction(prev: Parameters<typeof setStatus>[0], fd: FormData) {
  return setStatus(prev, fd);
}

const markRead = withRedirect(serverAction(markInputReadCommand, refresh), "lest");
export async function markInputReadAction(prev: Parameters<typeof markRead>[0], fd: FormData) {
  return markRead(prev, fd);
}

const hide = withRedirect(serverAction(hideInputCommand, refresh), "skjult");
export async function hideInputAction(prev: Parameters<typeof hide>[0], fd: FormData) {
  return hide(prev, fd);
}

const unhide = withRedirect(serverAction(unhideInputCommand, refresh), "vist");
export async function unhideInputAction(prev: Parameters<typeof unhide>[0], fd: FormData) {
  return unhide(prev, fd);
}
