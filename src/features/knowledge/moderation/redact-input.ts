// The public version of an input. The original text is never changed (it stays in the
// administration). Saving a redaction does not release the hold — approving does, as its own
// decision. Clearing it makes a flagged input unquotable and puts it back in review.
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";
import type { RedactInput } from "./schemas";

export async function redactInput(tx: Tx, input: RedactInput) {
  const before = await lockInput(tx, input.inputId, "knowledgeModeration.notFound");
  await tx.input.update({ where: { id: before.id }, data: { redactedText: input.redactedText } });
  return {
    id: before.id,
    processId: before.processId,
    hadRedaction: before.redactedText != null,
    wasHeld: before.heldForReview,
    length: input.redactedText.length,
  };
}

export async function clearRedaction(tx: Tx, inputId: string) {
  const before = await lockInput(tx, inputId, "knowledgeModeration.notFound");
  const heldForReview = before.heldForReview || before.flags.length > 0;
  await tx.input.update({ where: { id: before.id }, data: { redactedText: null, heldForReview } });
  return { id: before.id, processId: before.processId, hadRedaction: before.redactedText != null, heldForReview };
}
