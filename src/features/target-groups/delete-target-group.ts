import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findTargetGroupForChange } from "./find-target-group";
import type { DeleteTargetGroupInput } from "./schemas";

/**
 * Deletes a group nothing refers to. Activities, inputs and evaluations that name it keep
 * it (the foreign keys are RESTRICT too); the refusal says how many, so the administrator
 * knows what to change first.
 */
export async function deleteTargetGroup(tx: Tx, input: DeleteTargetGroupInput): Promise<{ id: string; processId: string; name: string }> {
  await assertProcessEditable(tx, input.processId);
  const group = await findTargetGroupForChange(tx, input.processId, input.id);
  // One after another: a transaction has one connection, and pg refuses overlapping queries on it.
  const activities = await tx.activityTargetGroup.count({ where: { targetGroupId: group.id } });
  const inputs = await tx.input.count({ where: { targetGroupId: group.id } });
  const evaluations = await tx.evaluationTargetGroup.count({ where: { targetGroupId: group.id } });
  if (activities + inputs + evaluations > 0) {
    throw new AppError("CONFLICT", "targetGroup.inUse", undefined, { name: group.name, activities, inputs, evaluations });
  }
  await tx.targetGroup.delete({ where: { id: group.id } });
  return { id: group.id, processId: group.processId, name: group.name };
}
