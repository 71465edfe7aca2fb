// Bulk actions on a selection of the queue: each is one set-based statement over the ids (no
// statement per row), after one check that every id exists (and, for a category, fits).
import { enqueueInputsDecided, inputsToTell } from "@/features/mail/citizen";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { IDEA_CATEGORIES, INSIGHT_CATEGORIES } from "./categories";
import type { BulkAddPlan, BulkAddTopic, BulkMarkTriaged, BulkSetCategory, BulkSetStatus } from "./schemas";

const unique = (ids: string[]) => [...new Set(ids)];

/** Locks the selected inputs (in id order) and refuses when any of them is gone. */
async function lockSelection(tx: Tx, ids: string[]) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM input WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  if (rows.length !== ids.length) throw new AppError("NOT_FOUND", "knowledgeTriage.someInputsMissing", "inputIds", { count: ids.length - rows.length });
}

export async function bulkSetCategory(tx: Tx, input: BulkSetCategory) {
  const ids = unique(input.inputIds);
  await lockSelection(tx, ids);
  // The kinds the category does NOT fit (categories.ts): insight categories never go to an idea phase and vice versa.
  const wrongKind = (INSIGHT_CATEGORIES as readonly string[]).includes(input.category)
    ? "IDEAS"
    : (IDEA_CATEGORIES as readonly string[]).includes(input.category)
      ? "INSIGHT"
      : null;
  if (wrongKind) {
    const [misfit] = await tx.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM input i JOIN phase p ON p.id = i.phase_id
      WHERE i.id = ANY(${ids}::uuid[]) AND p.kind = ${wrongKind}::"PhaseKind"`;
    if (misfit && misfit.n > 0) throw new AppError("CONFLICT", "knowledgeTriage.bulkCategoryWrongPhase", "category", { count: misfit.n });
  }
  const count = await tx.$executeRaw`
    UPDATE input SET category = ${input.category}::"InputCategory", category_source = 'MANUAL', updated_at = now()
    WHERE id = ANY(${ids}::uuid[])`;
  return { count, category: input.category };
}

export async function bulkAddTopic(tx: Tx, input: BulkAddTopic, actorId: string) {
  const ids = unique(input.inputIds);
  await lockSelection(tx, ids);
  const topic = await tx.tag.findUnique({ where: { id: input.topicId }, select: { name: true, mergedIntoId: true } });
  if (!topic || topic.mergedIntoId) throw new AppError("CONFLICT", "knowledgeTriage.topicNotUsable", "topicId");
  const count = await tx.$executeRaw`
    INSERT INTO input_tag (input_id, tag_id, source, set_by_id)
    SELECT i, ${input.topicId}::uuid, 'MANUAL', ${actorId}::uuid FROM unnest(${ids}::uuid[]) AS i
    ON CONFLICT (input_id, tag_id) DO NOTHING`;
  return { count, selected: ids.length, topic: topic.name };
}

export async function bulkAddPlan(tx: Tx, input: BulkAddPlan) {
  const ids = unique(input.inputIds);
  await lockSelection(tx, ids);
  const plan = await tx.thematicPlan.findUnique({ where: { id: input.planId }, select: { name: true } });
  if (!plan) throw new AppError("NOT_FOUND", "knowledgeTriage.planNotFound", "planId");
  const count = await tx.$executeRaw`
    INSERT INTO input_thematic_plan (input_id, thematic_plan_id, source)
    SELECT i, ${input.planId}::uuid, 'MANUAL' FROM unnest(${ids}::uuid[]) AS i
    ON CONFLICT (input_id, thematic_plan_id) DO NOTHING`;
  return { count, selected: ids.length, plan: plan.name };
}

export async function bulkSetStatus(tx: Tx, input: BulkSetStatus) {
  const ids = unique(input.inputIds);
  await lockSelection(tx, ids);
  // Citizens who left an address hear of a decision (USED) — only where the status changes.
  const tell = await inputsToTell(tx, ids, input.status);
  const count = await tx.$executeRaw`
    UPDATE input SET status = ${input.status}::"InputStatus", updated_at = now() WHERE id = ANY(${ids}::uuid[])`;
  await enqueueInputsDecided(tx, tell);
  return { count, status: input.status };
}

export async function bulkMarkTriaged(tx: Tx, input: BulkMarkTriaged, actorId: string) {
  const ids = unique(input.inputIds);
  await lockSelection(tx, ids);
  const count = await tx.$executeRaw`
    UPDATE input SET triaged_at = now(), triaged_by_id = ${actorId}::uuid, updated_at = now()
    WHERE id = ANY(${ids}::uuid[]) AND triaged_at IS NULL`;
  return { count, selected: ids.length };
}
