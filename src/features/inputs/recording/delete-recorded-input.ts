// Undo a mistake: the recorder deletes an input they recorded, but only while nobody has
// triaged it yet (status RECEIVED) — after that it is part of the knowledge base.
import type { Actor } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DeleteRecordedInput } from "./schemas";

export async function deleteRecordedInput(tx: Tx, actor: Actor, input: DeleteRecordedInput) {
  const row = await tx.input.findUnique({
    where: { id: input.inputId },
    select: { id: true, processId: true, activityId: true, channel: true, status: true, recordedById: true, text: true, receiptCode: true },
  });
  if (!row || row.channel !== "ACTIVITY" || row.recordedById !== actor.id) throw new AppError("NOT_FOUND", "recording.notOwn");
  if (row.status !== "RECEIVED") throw new AppError("CONFLICT", "recording.alreadyTriaged");
  // Only if still RECEIVED at the moment of deletion (a triage may have landed meanwhile).
  const { count } = await tx.input.deleteMany({ where: { id: row.id, status: "RECEIVED", recordedById: actor.id } });
  if (count === 0) throw new AppError("CONFLICT", "recording.alreadyTriaged");
  return { id: row.id, processId: row.processId, activityId: row.activityId, receiptCode: row.receiptCode, textLength: row.text.length };
}
