// Loads and locks the input a moderation command changes (two moderators saving at once are
// applied in turn); a missing input is a clear refusal.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type LockedForModeration = {
  id: string;
  processId: string;
  text: string;
  flags: string[];
  heldForReview: boolean;
  redactedText: string | null;
  duplicateOfId: string | null;
};

export async function lockForModeration(tx: Tx, inputId: string): Promise<LockedForModeration> {
  const rows = await tx.$queryRaw<
    { id: string; process_id: string; text: string; flags: string[]; held_for_review: boolean; redacted_text: string | null; duplicate_of_id: string | null }[]
  >`SELECT id, process_id, text, flags, held_for_review, redacted_text, duplicate_of_id FROM input WHERE id = ${inputId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "knowledgeModeration.notFound");
  return {
    id: row.id,
    processId: row.process_id,
    text: row.text,
    flags: row.flags ?? [],
    heldForReview: row.held_for_review,
    redactedText: row.redacted_text,
    duplicateOfId: row.duplicate_of_id,
  };
}
