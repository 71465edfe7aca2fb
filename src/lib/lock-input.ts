// The one way to load and lock an input a command changes (SELECT … FOR UPDATE OF input): two
// staff members saving the same input at once are applied one after the other, and a missing
// input is a clear refusal with the calling feature's message. The inbox, triage, moderation
// and suggestions each had their own copy with their own columns mapped from snake_case by
// hand (#19); this reads every column any of them needs into one typed row. Here, not in a
// feature, because the inbox (inputs) and the knowledge base both use it.
import type { PhaseKind } from "@/generated/prisma/enums";
import type { Tx } from "./db";
import { AppError } from "./errors";

export type LockedInput = {
  id: string;
  processId: string;
  status: string;
  publicResponse: string;
  isHidden: boolean;
  hiddenReason: string;
  text: string;
  flags: string[];
  heldForReview: boolean;
  redactedText: string | null;
  duplicateOfId: string | null;
  category: string | null;
  triagedAt: Date | null;
  /** The kind of the phase the input came in (it decides which categories fit); null outside a phase. */
  phaseKind: PhaseKind | null;
};

/** Locks the input for the rest of the transaction and returns it; `notFound` is the message key when it does not exist. */
export async function lockInput(tx: Tx, inputId: string, notFound: string): Promise<LockedInput> {
  const [row] = await tx.$queryRaw<LockedInput[]>`
    SELECT i.id::text AS "id", i.process_id::text AS "processId", i.status::text AS "status", i.public_response AS "publicResponse",
      i.is_hidden AS "isHidden", i.hidden_reason AS "hiddenReason", i.text AS "text", coalesce(i.flags, '{}') AS "flags",
      i.held_for_review AS "heldForReview", i.redacted_text AS "redactedText", i.duplicate_of_id::text AS "duplicateOfId",
      i.category::text AS "category", i.triaged_at AS "triagedAt", p.kind::text AS "phaseKind"
    FROM input i LEFT JOIN phase p ON p.id = i.phase_id
    WHERE i.id = ${inputId}::uuid FOR UPDATE OF i`;
  if (!row) throw new AppError("NOT_FOUND", notFound);
  return row;
}
