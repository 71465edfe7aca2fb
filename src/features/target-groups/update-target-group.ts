import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { assertValidDetails } from "./assert-valid-details";
import { findTargetGroupForChange } from "./find-target-group";
import type { UpdateTargetGroupInput } from "./schemas";

/** Changes a group's name, description, audience and placement. */
export async function updateTargetGroup(tx: Tx, input: UpdateTargetGroupInput): Promise<{ id: string; processId: string; name: string; previousName: string }> {
  await assertProcessEditable(tx, input.processId);
  const before = await findTargetGroupForChange(tx, input.processId, input.id);
  await assertValidDetails(tx, input.processId, input, input.id);
  const group = await tx.targetGroup.update({
    where: { id: input.id },
    data: {
      name: input.name,
      description: input.description,
      audienceId: input.audienceId,
      importance: input.importance,
      difficulty: input.difficulty,
    },
    select: { id: true, processId: true, name: true },
  });
  return { ...group, previousName: before.name };
}
