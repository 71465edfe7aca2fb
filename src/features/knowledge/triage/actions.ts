"use server";
// Server actions of the triage pages. Every form carries the queue filter it was opened from
// ("filter", a query string), re-parsed here so only known parameters reach the redirect; a
// successful save redirects back with a status message (?lagret=…), so it all works without JS.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { type ActionState, formDataToObject } from "@/lib/action";
import { db } from "@/lib/db";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { serverAction } from "@/lib/server-action";
import {
  bulkAddPlanCommand,
  bulkAddTopicCommand,
  bulkMarkTriagedCommand,
  bulkSetCategoryCommand,
  bulkSetStatusCommand,
  saveTriageInputCommand,
} from "./commands";
import { TRIAGE_PATH, type TriageFilter, parseTriageFilter, triageInputPath, triageQuery } from "./filters";
import { nextForTriage } from "./queries";
import { type BulkKind, bulkKindSchema } from "./schemas";

const filterOf = (fd: FormData) => parseTriageFilter(new URLSearchParams(String(fd.get("filter") ?? "")));
const refresh = () => revalidatePath("/admin", "layout");

type Handler<R> = (prev: ActionState<R>, fd: FormData) => Promise<ActionState<R>>;
/** After the input leaves the queue: on to the next untriaged one, or the queue when none is left. */
async function goToNext(id: string, filter: TriageFilter, notice: string): Promise<never> {
  const current = await db.input.findUnique({ where: { id }, select: { submittedAt: true } });
  const next = await nextForTriage({ ...filter, after: current ? { submittedAt: current.submittedAt, id } : undefined });
  redirect(next ? triageInputPath(next.id, filter, { lagret: notice }) : `${TRIAGE_PATH}${triageQuery(filter, { lagret: "tom" })}`);
}
// The one form on an input: every choice saved together; the pressed button ("then") decides
// whether the page stays (a status message), moves on after "Ferdig – neste", or after hiding.
const save = serverAction(saveTriageInputCommand, refresh);
const AFTER_SAVE = { save: "lagret", done: "ferdig", hide: "skjult" } as const;
export async function saveTriageInputAction(prev: Parameters<typeof save>[0], fd: FormData) {
  const state = await save(prev, fd);
  if (state.status !== "success") return state;
  const { id, then } = state.data;
  if (then === "save") redirect(triageInputPath(id, filterOf(fd), { lagret: AFTER_SAVE.save }));
  return goToNext(id, filterOf(fd), AFTER_SAVE[then]);
}

// Bulk: one form, the pressed button ("handling") picks the command.
const BULK = {
  kategori: serverAction(bulkSetCategoryCommand, refresh),
  emne: serverAction(bulkAddTopicCommand, refresh),
  temaplan: serverAction(bulkAddPlanCommand, refresh),
  status: serverAction(bulkSetStatusCommand, refresh),
  sortert: serverAction(bulkMarkTriagedCommand, refresh),
} satisfies Record<BulkKind, unknown>;

export async function bulkTriageAction(prev: ActionState<{ count: number }>, fd: FormData): Promise<ActionState<{ count: number }>> {
  // The pressed button is user input like any other: parsed, and refused with a message.
  const parsed = bulkKindSchema.safeParse(fd.get("handling") ?? undefined);
  if (!parsed.success) {
    const locale = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
    const message = translateKey(locale, "knowledgeTriage.validation.chooseBulkAction");
    return { status: "error", message, fieldErrors: {}, values: formDataToObject(fd).values, requestId: randomUUID() };
  }
  const kind = parsed.data;
  const handler = BULK[kind] as Handler<{ count: number }>;
  const state = await handler(prev, fd);
  if (state.status === "success") redirect(`${TRIAGE_PATH}${triageQuery(filterOf(fd), { lagret: `bulk-${kind}`, antall: String(state.data.count) })}`);
  return state;
}
