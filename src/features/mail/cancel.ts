// When a citizen's contact details are deleted (privacy: erased on request, or by the retention
// job), the e-mails about those inputs must not go out afterwards: called in the same
// transaction as the deletion, it cancels what is still queued or dead (CANCELLED is never sent
// or resent) and clears the address from every message about the inputs, sent ones included.
// The dedupe key goes too (it may hold the address: «Dette har vi hørt» is keyed by it).
import type { Tx } from "@/lib/db";

/** One statement for any number of inputs; returns how many messages were cancelled. */
export async function cancelMailForInputs(tx: Tx, inputIds: string[]): Promise<number> {
  if (inputIds.length === 0) return 0;
  const rows = await tx.$queryRaw<{ cancelled: boolean }[]>`
    WITH target AS (
      SELECT id, status IN ('PENDING', 'DEAD') AS cancel FROM outbox_message
      WHERE input_id = ANY(${inputIds}::uuid[]) AND kind IN ('INPUT_RECEIPT', 'INPUT_ANSWERED', 'HEARD_PUBLISHED')
      FOR UPDATE
    )
    UPDATE outbox_message m
    SET status = CASE WHEN t.cancel THEN 'CANCELLED'::"OutboxStatus" ELSE m.status END,
        recipient = '', dedupe_key = NULL
    FROM target t WHERE m.id = t.id
    RETURNING t.cancel AS cancelled`;
  return rows.filter((r) => r.cancelled).length;
}
