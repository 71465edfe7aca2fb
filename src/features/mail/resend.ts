// An administrator sends a DEAD message again (/admin/utsending/[id]): back to PENDING with
// fresh attempts, due now. Only a dead message: a sent one is not sent twice by a click.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OutboxMessageRef } from "./schemas";

export async function resendOutboxMessage(tx: Tx, input: OutboxMessageRef) {
  const updated = await tx.outboxMessage.updateMany({
    where: { id: input.messageId, status: "DEAD" },
    data: { status: "PENDING", attempts: 0, nextAttemptAt: new Date(), lastError: "" },
  });
  if (updated.count === 0) {
    const exists = await tx.outboxMessage.findUnique({ where: { id: input.messageId }, select: { id: true } });
    throw exists ? new AppError("CONFLICT", "mail.notDead") : new AppError("NOT_FOUND", "notFound");
  }
  return { id: input.messageId };
}
