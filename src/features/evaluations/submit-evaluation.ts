import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { evaluationBlock } from "./evaluation-rules";
import type { EvaluationInput } from "./schemas";

/**
 * Creates or updates the actor's evaluation of an activity, with the target groups reached
 * replaced in the same transaction. The activity row is read FOR SHARE so an administrator
 * closing evaluation (an UPDATE of that row) waits for this save, or this save sees it closed.
 */
export async function submitEvaluation(tx: Tx, actorId: string, input: EvaluationInput, now = new Date()) {
  await tx.$queryRaw`SELECT id FROM activity WHERE id = ${input.activityId}::uuid FOR SHARE`;
  const activity = await tx.activity.findUnique({
    where: { id: input.activityId },
    select: {
      id: true,
      processId: true,
      status: true,
      endsAt: true,
      evaluationClosedAt: true,
      process: { select: { status: true } },
      signups: { where: { userId: actorId }, select: { status: true } },
    },
  });
  if (!activity) throw new AppError("NOT_FOUND", "notFound");
  const block = evaluationBlock(activity, activity.signups[0]?.status, now);
  if (block) throw new AppError(block === "notSignedUp" ? "FORBIDDEN" : "CONFLICT", `evaluation.${block}`);

  const groupIds = [...new Set(input.targetGroupIds)];
  if (groupIds.length > 0) {
    const known = await tx.targetGroup.count({ where: { id: { in: groupIds }, processId: activity.processId } });
    if (known !== groupIds.length) throw new AppError("INVALID", "evaluation.unknownTargetGroup", "targetGroupIds");
  }

  const { activityId: _a, targetGroupIds: _t, ...fields } = input;
  const existing = await tx.methodEvaluation.findUnique({ where: { activityId_userId: { activityId: activity.id, userId: actorId } }, select: { id: true } });
  const saved = await tx.methodEvaluation.upsert({
    where: { activityId_userId: { activityId: activity.id, userId: actorId } },
    create: { activityId: activity.id, userId: actorId, ...fields },
    update: fields,
    select: { id: true },
  });
  await tx.evaluationTargetGroup.deleteMany({ where: { evaluationId: saved.id } });
  if (groupIds.length > 0) await tx.evaluationTargetGroup.createMany({ data: groupIds.map((targetGroupId) => ({ evaluationId: saved.id, targetGroupId })) });
  return { id: saved.id, activityId: activity.id, processId: activity.processId, created: !existing, reachedGroups: groupIds.length };
}
