// "Ferdig": the input leaves the triage queue (triaged_at/by). Marking it again keeps the
// first time and person, so the log of who sorted what is not rewritten.
import type { Tx } from "@/lib/db";
import { lockInput } from "@/lib/lock-input";
import type { MarkInputTriaged } from "./schemas";

export async function markInputTriaged(tx: Tx, input: MarkInputTriaged, actorId: string) {
  const before = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  if (!before.triagedAt) await tx.input.update({ where: { id: before.id }, data: { triagedAt: new Date(), triagedById: actorId } });
  return { id: before.id, processId: before.processId, already: before.triagedAt !== null };
}
