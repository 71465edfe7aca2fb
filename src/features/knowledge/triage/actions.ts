"use server";
// Server actions of the triage pages. Every form carries the queue filter it was opened from
// ("filter", a query string), re-parsed here so only known parameters reach the redirect; a
// successful save redirects back with a status message (?lagret=…), so it all works without JS.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { hideInputCommand, setInputStatusCommand } from "@/features/inbox/commands";
import type { ActionState } from "@/lib/action";
import { db } from "@/lib/db";
import { serverAction } from "@/lib/server-action";
import {
  bulkAddPlanCommand,
  bulkAddTopicCommand,
  bulkMarkTriagedCommand,
  bulkSetCategoryCommand,
  bulkSetStatusCommand,
  markInputTriagedCommand,
  setInputCategoryCommand,
  setInputDistrictCommand,
  setInputPlansCommand,
  setInputTargetGroupCommand,
  setInputTopicsCommand,
} from "./commands";
import { TRIAGE_PATH, type TriageFilter, parseTriageFilter, triageInputPath, triageQuery } from "./filters";
import { nextForTriage } from "./queries";

const filterOf = (fd: FormData) => parseTriageFilter(new URLSearchParams(String(fd.get("filter") ?? "")));
const refresh = () => revalidatePath("/admin", "layout");

type Handler<R> = (prev: ActionState<R>, fd: FormData) => Promise<ActionState<R>>;
/** After a save on one input: back to the same input with a status message. */
const stay = <R extends { id: string }>(handler: Handler<R>, notice: string): Handler<R> => async (prev, fd) => {
  const state = await handler(prev, fd);
  if (state.status === "success") redirect(triageInputPath(state.data.id, filterOf(fd), { lagret: notice }));
  return state;
};

/** After the input leaves the queue: on to the next untriaged one, or the queue when none is left. */
async function goToNext(id: string, filter: TriageFilter, notice: string): Promise<never> {
  const current = await db.input.findUnique({ where: { id }, select: { submittedAt: true } });
  const next = await nextForTriage({ ...filter, after: current ? { submittedAt: current.submittedAt, id } : undefined });
  redirect(next ? triageInputPath(next.id, filter, { lagret: notice }) : `${TRIAGE_PATH}${triageQuery(filter, { lagret: "tom" })}`);
}
const moveOn = <R extends { id: string }>(handler: Handler<R>, notice: string): Handler<R> => async (prev, fd) => {
  const state = await handler(prev, fd);
  if (state.status === "success") await goToNext(state.data.id, filterOf(fd), notice);
  return state;
};

const category = stay(serverAction(setInputCategoryCommand, refresh), "kategori");
export async function setInputCategoryAction(prev: Parameters<typeof category>[0], fd: FormData) {
  return category(prev, fd);
}
const topics = stay(serverAction(setInputTopicsCommand, refresh), "emner");
export async function setInputTopicsAction(prev: Parameters<typeof topics>[0], fd: FormData) {
  return topics(prev, fd);
}
const plans = stay(serverAction(setInputPlansCommand, refresh), "temaplaner");
export async function setInputPlansAction(prev: Parameters<typeof plans>[0], fd: FormData) {
  return plans(prev, fd);
}
const targetGroup = stay(serverAction(setInputTargetGroupCommand, refresh), "malgruppe");
export async function setInputTargetGroupAction(prev: Parameters<typeof targetGroup>[0], fd: FormData) {
  return targetGroup(prev, fd);
}
const district = stay(serverAction(setInputDistrictCommand, refresh), "bydel");
export async function setInputDistrictAction(prev: Parameters<typeof district>[0], fd: FormData) {
  return district(prev, fd);
}
// Status and hiding are the inbox's own commands (same rules, same audit), redirected here.
const status = stay(serverAction(setInputStatusCommand, refresh), "status");
export async function setTriageStatusAction(prev: Parameters<typeof status>[0], fd: FormData) {
  return status(prev, fd);
}
const hide = moveOn(serverAction(hideInputCommand, refresh), "skjult");
export async function hideTriageInputAction(prev: Parameters<typeof hide>[0], fd: FormData) {
  return hide(prev, fd);
}
const done = moveOn(serverAction(markInputTriagedCommand, refresh), "ferdig");
export async function markInputTriagedAction(prev: Parameters<typeof done>[0], fd: FormData) {
  return done(prev, fd);
}

// Bulk: one form, the pressed button ("handling") picks the command.
const BULK = {
  kategori: serverAction(bulkSetCategoryCommand, refresh),
  emne: serverAction(bulkAddTopicCommand, refresh),
  temaplan: serverAction(bulkAddPlanCommand, refresh),
  status: serverAction(bulkSetStatusCommand, refresh),
  sortert: serverAction(bulkMarkTriagedCommand, refresh),
} as const;
export type BulkKind = keyof typeof BULK;

export async function bulkTriageAction(prev: ActionState<{ count: number }>, fd: FormData): Promise<ActionState<{ count: number }>> {
  const kind = String(fd.get("handling") ?? "") as BulkKind;
  const handler = BULK[kind] as Handler<{ count: number }> | undefined;
  if (!handler) return prev;
  const state = await handler(prev, fd);
  if (state.status === "success") redirect(`${TRIAGE_PATH}${triageQuery(filterOf(fd), { lagret: `bulk-${kind}`, antall: String(state.data.count) })}`);
  return state;
}
