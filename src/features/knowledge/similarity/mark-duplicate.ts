// Marking a duplicate keeps both inputs and counts the point once ("Nevnt av N" on the
// original). Duplicates are one level deep: an input never points to itself or to another
// duplicate (we follow it to its original), never across processes, and when an original
// becomes a duplicate its own duplicates move along to the new original — so no chains, no cycles.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { MarkDuplicate } from "../moderation/schemas";

type Row = { id: string; process_id: string; duplicate_of_id: string | null };

async function lockRows(tx: Tx, ids: string[]): Promise<Map<string, Row>> {
  // One statement, id order: two moderators marking the same pair the other way round wait, not deadlock.
  const rows = await tx.$queryRaw<Row[]>`
    SELECT id, process_id, duplicate_of_id FROM input WHERE id = ANY(${ids}::uuid[]) ORDER BY id FOR UPDATE`;
  return new Map(rows.map((r) => [r.id, r]));
}

export async function markDuplicate(tx: Tx, input: MarkDuplicate) {
  if (input.inputId === input.originalId) throw new AppError("INVALID", "knowledgeModeration.duplicateSelf", "originalId");
  const rows = await lockRows(tx, [input.inputId, input.originalId]);
  const dup = rows.get(input.inputId);
  let original = rows.get(input.originalId);
  if (!dup || !original) throw new AppError("NOT_FOUND", "knowledgeModeration.notFound");
  if (original.duplicate_of_id) {
    const root = (await lockRows(tx, [original.duplicate_of_id])).get(original.duplicate_of_id);
    if (!root) throw new AppError("NOT_FOUND", "knowledgeModeration.notFound");
    original = root;
  }
  if (original.id === dup.id) throw new AppError("CONFLICT", "knowledgeModeration.duplicateCycle", "originalId");
  if (original.process_id !== dup.process_id) throw new AppError("INVALID", "knowledgeModeration.duplicateOtherProcess", "originalId");

  await tx.input.update({ where: { id: dup.id }, data: { duplicateOfId: original.id } });
  const moved = await tx.input.updateMany({ where: { duplicateOfId: dup.id }, data: { duplicateOfId: original.id } });
  return { id: dup.id, processId: dup.process_id, originalId: original.id, was: dup.duplicate_of_id, moved: moved.count };
}

export async function unmarkDuplicate(tx: Tx, inputId: string) {
  const row = (await lockRows(tx, [inputId])).get(inputId);
  if (!row) throw new AppError("NOT_FOUND", "knowledgeModeration.notFound");
  await tx.input.update({ where: { id: row.id }, data: { duplicateOfId: null } });
  return { id: row.id, processId: row.process_id, was: row.duplicate_of_id };
}
