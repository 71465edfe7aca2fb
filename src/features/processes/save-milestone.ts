import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertProcessEditable } from "./guards";
import type { MilestoneInput } from "./schemas";

/** Creates or updates a milestone / decision point on the process's timeline. */
export async function saveMilestone(tx: Tx, input: MilestoneInput) {
  await assertProcessEditable(tx, input.processId);
  if (input.phaseId && !(await tx.phase.findFirst({ where: { id: input.phaseId, processId: input.processId }, select: { id: true } }))) {
    throw new AppError("INVALID", "notFound", "phaseId");
  }
  const data = {
    phaseId: input.phaseId,
    title: input.title,
    date: input.date,
    endDate: input.endDate,
    body: input.body,
    isDecisionPoint: input.isDecisionPoint,
    decision: input.decision,
    outcome: input.outcome,
  };
  if (input.milestoneId) {
    const found = await tx.milestone.findFirst({ where: { id: input.milestoneId, processId: input.processId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "notFound");
    return tx.milestone.update({ where: { id: input.milestoneId }, data, select: { id: true } });
  }
  return tx.milestone.create({ data: { ...data, processId: input.processId }, select: { id: true } });
}

export async function deleteMilestone(tx: Tx, input: { processId: string; milestoneId: string }) {
  await assertProcessEditable(tx, input.processId);
  const { count } = await tx.milestone.deleteMany({ where: { id: input.milestoneId, processId: input.processId } });
  if (count === 0) throw new AppError("NOT_FOUND", "notFound");
  return { id: input.milestoneId };
}
