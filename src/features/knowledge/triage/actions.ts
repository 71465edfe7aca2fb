"use server";

// Server actions of the triage pages. Every form carries the queue filter it was opened from
// ("filter", a query string), re-parsed here so only known parameters reach the redirect; a
// successful save redirects back with a status message (?lagret=…), so it all works without JS.
import { z } from "zod";
import type { ActionState } from "@/lib/action";
import { db } from "@/lib/db";
import { chooseAction, serverAction, type StateOf } from "@/lib/server-action";
import {
  bulkAddPlanCommand,
  bulkAddTopicCommand,
  bulkMarkTriagedCommand,
  bulkSetCategoryCommand,
  bulkSetStatusCommand,
  saveTriageInputCommand,
} from "./commands";
import { parseTriageFilter, TRIAGE_PATH, triageInputPath, triageQuery, type TriageFilter } from "./filters";
import { nextForTriage } from "./queries";
import { bulkKindSchema, type BulkKind } from "./schemas";

const context = z.object({
  filter: z
    .string()
    .catch("")
    .transform((query) => parseTriageFilter(new URLSearchParams(query))),
});
const revalidate = [["/admin", "layout"]] as const;

/** After the input leaves the queue: on to the next untriaged one, or the queue when none is left. */
async function nextPath(id: string, filter: TriageFilter, notice: string): Promise<string> {
  const current = await db.input.findUnique({ where: { id }, select: { submittedAt: true } });
  const next = await nextForTriage({ ...filter, after: current ? { submittedAt: current.submittedAt, id } : undefined });
  return next ? triageInputPath(next.id, filter, { lagret: notice }) : `${TRIAGE_PATH}${triageQuery(filter, { lagret: "tom" })}`;
}
// The one form on an input: every choice saved together; the pressed button ("then") decides
// whether the page stays (a status message), moves on after "Ferdig – neste", or after hiding.
const AFTER_SAVE = { save: "lagret", done: "ferdig", hide: "skjult" } as const;
const save = serverAction(saveTriageInputCommand, {
  context,
  revalidate,
  redirect: ({ id, then }, { filter }) => (then === "save" ? triageInputPath(id, filter, { lagret: AFTER_SAVE.save }) : nextPath(id, filter, AFTER_SAVE[then])),
});
export async function saveTriageInputAction(prev: StateOf<typeof save>, fd: FormData) {
  return save(prev, fd);
}

// Bulk: one form, the pressed button ("handling") picks the command; it is parsed like any
// other value, and an unknown one is refused with a message.
const bulk = (kind: BulkKind) => ({
  context,
  revalidate,
  reply: (r: { count: number }) => ({ count: r.count }),
  redirect: (r: { count: number }, i: { filter: TriageFilter }) =>
    `${TRIAGE_PATH}${triageQuery(i.filter, { lagret: `bulk-${kind}`, antall: String(r.count) })}`,
});
const BULK = chooseAction("handling", bulkKindSchema, {
  kategori: serverAction(bulkSetCategoryCommand, bulk("kategori")),
  emne: serverAction(bulkAddTopicCommand, bulk("emne")),
  temaplan: serverAction(bulkAddPlanCommand, bulk("temaplan")),
  status: serverAction(bulkSetStatusCommand, bulk("status")),
  sortert: serverAction(bulkMarkTriagedCommand, bulk("sortert")),
});

export async function bulkTriageAction(prev: ActionState<{ count: number }>, fd: FormData): Promise<ActionState<{ count: number }>> {
  return BULK(prev, fd);
}
