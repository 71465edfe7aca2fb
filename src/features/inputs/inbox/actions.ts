"use server";

import { z } from "zod";
import { serverAction, type StateOf } from "@/lib/server-action";
import { hideInputCommand, markInputReadCommand, setInputStatusCommand, unhideInputCommand } from "./commands";
import { inboxQuery, parseInboxFilter } from "./filters";

// Each form carries the inbox filter it was opened from ("filter", a query string); it is
// re-parsed here, so only known filter parameters survive into the redirect.
const back = (notice: string) => ({
  context: z.object({
    filter: z
      .string()
      .catch("")
      .transform((query) => parseInboxFilter(new URLSearchParams(query))),
  }),
  revalidate: [["/admin/innspill", "layout"] as const, ["/kvittering", "layout"] as const],
  redirect: (r: { id: string }, i: { filter: ReturnType<typeof parseInboxFilter> }) => `/admin/innspill/${r.id}${inboxQuery(i.filter, { lagret: notice })}`,
});

const setStatus = serverAction(setInputStatusCommand, back("status"));
export async function setInputStatusAction(prev: StateOf<typeof setStatus>, fd: FormData) {
  return setStatus(prev, fd);
}

const markRead = serverAction(markInputReadCommand, back("lest"));
export async function markInputReadAction(prev: StateOf<typeof markRead>, fd: FormData) {
  return markRead(prev, fd);
}

const hide = serverAction(hideInputCommand, back("skjult"));
export async function hideInputAction(prev: StateOf<typeof hide>, fd: FormData) {
  return hide(prev, fd);
}

const unhide = serverAction(unhideInputCommand, back("vist"));
export async function unhideInputAction(prev: StateOf<typeof unhide>, fd: FormData) {
  return unhide(prev, fd);
}
