// "Merk som lest": only a RECEIVED input moves to READ; a later status is never set back.
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";

export async function markInputRead(tx: Tx, inputId: string) {
  const before = await lockInput(tx, inputId, "inbox.notFound");
  if (before.status === "RECEIVED") await tx.input.update({ where: { id: before.id }, data: { status: "READ" } });
  return { id: before.id, processId: before.processId, was: before.status, status: before.status === "RECEIVED" ? "READ" : before.status };
}
