// Sets an input's status and the public response the citizen reads on the receipt page.
import { enqueueInputAnswered } from "@/features/mail/citizen";
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";
import type { SetInputStatus } from "./schemas";

export async function setInputStatus(tx: Tx, input: SetInputStatus) {
  const before = await lockInput(tx, input.inputId, "inbox.notFound");
  await tx.input.update({ where: { id: before.id }, data: { status: input.status, publicResponse: input.publicResponse } });
  // The citizen hears of a decision or a new public answer (if they left an address), in this transaction.
  await enqueueInputAnswered(tx, { inputId: before.id, was: before });
  return { id: before.id, processId: before.processId, was: before.status, status: input.status };
}
