"use server";

import { z } from "zod";
import { serverAction } from "@/lib/server-action";
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

export const setInputStatusAction = serverAction(setInputStatusCommand, back("status"));

export const markInputReadAction = serverAction(markInputReadCommand, back("lest"));

export const hideInputAction = serverAction(hideInputCommand, back("skjult"));

export const unhideInputAction = serverAction(unhideInputCommand, back("vist"));
