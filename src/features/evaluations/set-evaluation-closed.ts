import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { EvaluationClosingInput } from "./schemas";

/**
 * The administration closes evaluation of an activity (politicians can no longer change
 * theirs) or opens it again. Closing twice keeps the first time it was closed.
 */
export async function setEvaluationClosed(tx: Tx, input: EvaluationClosingInput, now = new Date()) {
  await assertProcessEditable(tx, input.processId);
  const activity = await tx.activity.findFirst({ where: { id: input.activityId, processId: input.processId }, select: { id: true, evaluationClosedAt: true } });
  if (!activity) throw new AppError("NOT_FOUND", "notFound");
  const closedAt = input.closed ? (activity.evaluationClosedAt ?? now) : null;
  await tx.activity.update({ where: { id: activity.id }, data: { evaluationClosedAt: closedAt } });
  return { activityId: activity.id, processId: input.processId, closed: input.closed, changed: Boolean(activity.evaluationClosedAt) !== input.closed };
}
