// "Godkjenn": a moderator has read a held input and judged it publishable AS IT STANDS — the
// hold is released and the automatic flags are cleared (they were a false alarm or are dealt
// with). The flags that were cleared go to the audit log as history. When the input has a
// redacted version, the flags stay: the redaction is what makes it quotable, and clearing
// the redaction later puts it back in review.
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";

export async function approveInput(tx: Tx, inputId: string) {
  const before = await lockInput(tx, inputId, "knowledgeModeration.notFound");
  const redacted = before.redactedText != null;
  const flags = redacted ? before.flags : [];
  await tx.input.update({ where: { id: before.id }, data: { heldForReview: false, flags } });
  return { id: before.id, processId: before.processId, clearedFlags: redacted ? [] : before.flags, wasHeld: before.heldForReview, redacted };
}
