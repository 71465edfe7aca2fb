import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertProcessEditable } from "./guards";

/** Deletes a phase that no activity, form or input belongs to, and closes the gap in the order. */
export async function deletePhase(tx: Tx, input: { processId: string; phaseId: string }) {
  await assertProcessEditable(tx, input.processId);
  const phase = await tx.phase.findFirst({
    where: { id: input.phaseId, processId: input.processId },
    select: { id: true, position: true, _count: { select: { activities: true, inputs: true, forms: true } } },
  });
  if (!phase) throw new AppError("NOT_FOUND", "notFound");
  if (phase._count.activities + phase._count.inputs + phase._count.forms > 0) {
    throw new AppError("CONFLICT", "phase.inUse", undefined, { activities: phase._count.activities, inputs: phase._count.inputs });
  }
  await tx.phase.delete({ where: { id: phase.id } });
  await tx.phase.updateMany({ where: { processId: input.processId, position: { gt: phase.position } }, data: { position: { decrement: 1 } } });
  return { id: phase.id };
}
