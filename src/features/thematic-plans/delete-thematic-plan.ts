import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes a plan no process feeds and no input is tagged with. */
export async function deleteThematicPlan(tx: Tx, input: { planId: string }) {
  const plan = await tx.thematicPlan.findUnique({
    where: { id: input.planId },
    select: { id: true, _count: { select: { processes: true, inputs: true } } },
  });
  if (!plan) throw new AppError("NOT_FOUND", "notFound");
  if (plan._count.processes + plan._count.inputs > 0) {
    throw new AppError("CONFLICT", "thematicPlan.inUse", undefined, { processes: plan._count.processes, inputs: plan._count.inputs });
  }
  await tx.thematicPlan.delete({ where: { id: plan.id } });
  return { id: plan.id };
}
