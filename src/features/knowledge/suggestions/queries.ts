// Reads for the suggestions page: the current model's figures and the untagged inputs
// (newest first, keyset pages of PAGE_SIZE on (submitted_at, id)).
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type UiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { isUuid } from "@/lib/ids";
import { encodeCursor, parseCursor } from "@/lib/keyset";
import { RETRAIN_AFTER_TAGS, tagsSinceLastModel, type ModelMetrics } from "./train-model";
import { planIdsOf } from "./training-data";

export const PAGE_SIZE = 10;

const modelSelect = {
  id: true,
  trainedAt: true,
  sampleCount: true,
  metrics: true,
  trainedBy: { select: { name: true } },
} satisfies Prisma.SuggestionModelSelect;

/** "Untagged" = some suggestion field still unset, and not hidden. */
const UNTAGGED = `NOT i.is_hidden AND (i.category IS NULL
  OR NOT EXISTS (SELECT 1 FROM input_tag it WHERE it.input_id = i.id)
  OR NOT EXISTS (SELECT 1 FROM input_thematic_plan p WHERE p.input_id = i.id))`;

export async function modelStatus() {
  const [model, untagged, since] = await Promise.all([
    db.suggestionModel.findFirst({ orderBy: { trainedAt: "desc" }, select: modelSelect }),
    db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM input i WHERE ${UNTAGGED}`),
    tagsSinceLastModel(),
  ]);
  return {
    model: model ? { ...model, metrics: model.metrics as unknown as ModelMetrics } : null,
    untagged: Number(untagged[0]?.n ?? 0),
    tagsSince: since,
    retrainAfter: RETRAIN_AFTER_TAGS,
  };
}

export type UntaggedInput = { id: string; text: string; submittedAt: Date };

export async function untaggedInputs(cursor?: string): Promise<{ rows: UntaggedInput[]; next: string | null }> {
  const c = parseCursor(cursor);
  const rows = await db.$queryRawUnsafe<{ id: string; text: string; submitted_at: Date }[]>(
    `SELECT i.id::text AS id, i.text, i.submitted_at FROM input i
      WHERE ${UNTAGGED} ${c ? "AND (i.submitted_at, i.id) < ($1::timestamptz, $2::uuid)" : ""}
      ORDER BY i.submitted_at DESC, i.id DESC LIMIT ${PAGE_SIZE + 1}`,
    ...(c ? [c.at, c.id] : []),
  );
  const page = rows.slice(0, PAGE_SIZE).map((r) => ({ id: r.id, text: r.text, submittedAt: r.submitted_at }));
  return { rows: page, next: rows.length > PAGE_SIZE ? encodeCursor(page[page.length - 1]!.submittedAt, page[page.length - 1]!.id) : null };
}

export type DecisionRow = {
  field: "category" | "topic" | "plan";
  value: string;
  label: string;
  decision: "ACCEPTED" | "REJECTED";
  decidedAt: Date;
  who: string | null;
};

/** What was decided about the suggestions of these inputs, newest first, with readable labels. */
export async function decisionsForMany(inputIds: string[], locale: UiLocale = DEFAULT_LOCALE): Promise<Map<string, DecisionRow[]>> {
  const ids = inputIds.filter(isUuid);
  const out = new Map<string, DecisionRow[]>();
  if (ids.length === 0) return out;
  const rows = await db.suggestionDecision.findMany({
    where: { inputId: { in: ids } },
    orderBy: { decidedAt: "desc" },
    select: { inputId: true, field: true, value: true, decision: true, decidedAt: true, decidedBy: { select: { name: true } } },
  });
  const tagIds = rows.filter((r) => r.field === "topic").map((r) => r.value);
  const planIds = rows.filter((r) => r.field === "plan").flatMap((r) => planIdsOf(r.value));
  const [tags, plans] = await Promise.all([
    tagIds.length ? db.tag.findMany({ where: { id: { in: tagIds } }, select: { id: true, name: true } }) : [],
    planIds.length ? db.thematicPlan.findMany({ where: { id: { in: planIds } }, select: { id: true, name: true } }) : [],
  ]);
  const names = new Map([...tags, ...plans].map((x) => [x.id, x.name]));
  for (const r of rows) {
    const label =
      r.field === "category"
        ? translateKey(locale, `inbox.category.${r.value}`)
        : r.field === "topic"
          ? (names.get(r.value) ?? "–")
          : planIdsOf(r.value)
              .map((id) => names.get(id) ?? "–")
              .join(" + ");
    const list = out.get(r.inputId) ?? [];
    list.push({ field: r.field, value: r.value, label, decision: r.decision, decidedAt: r.decidedAt, who: r.decidedBy?.name ?? null });
    out.set(r.inputId, list);
  }
  return out;
}

export async function decisionsFor(inputId: string, locale: UiLocale = DEFAULT_LOCALE): Promise<DecisionRow[]> {
  return (await decisionsForMany([inputId], locale)).get(inputId) ?? [];
}
