// Loads and locks the input a triage command changes, so two administrators saving at the
// same moment are applied one after the other, and a missing input is a clear refusal.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type LockedInput = { id: string; processId: string; status: string; publicResponse: string; isHidden: boolean; hiddenReason: string };

export async function lockInput(tx: Tx, inputId: string): Promise<LockedInput> {
  const rows = await tx.$queryRaw<{ id: string; process_id: string; status: string; public_response: string; is_hidden: boolean; hidden_reason: string }[]>`
    SELECT id, process_id, status::text AS status, public_response, is_hidden, hidden_reason FROM input WHERE id = ${inputId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "inbox.notFound");
  return {
    id: row.id,
    processId: row.process_id,
    status: row.status,
    publicResponse: row.public_response,
    isHidden: row.is_hidden,
    hiddenReason: row.hidden_reason,
  };
}
