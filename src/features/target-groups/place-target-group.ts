import { assertProcessEditable } from "@/features/processes/guards";
import type { Difficulty, Importance } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { findTargetGroupForChange } from "./find-target-group";
import type { PlaceTargetGroupInput } from "./schemas";

export type Placement = { importance: Importance; difficulty: Difficulty };

/** Moves a group to another cell of the matrix; nothing else about it changes. */
export async function placeTargetGroup(
  tx: Tx,
  input: PlaceTargetGroupInput,
): Promise<{ id: string; processId: string; name: string; from: Placement; to: Placement }> {
  await assertProcessEditable(tx, input.processId);
  const before = await findTargetGroupForChange(tx, input.processId, input.id);
  await tx.targetGroup.update({ where: { id: input.id }, data: { importance: input.importance, difficulty: input.difficulty } });
  return {
    id: before.id,
    processId: before.processId,
    name: before.name,
    from: { importance: before.importance, difficulty: before.difficulty },
    to: { importance: input.importance, difficulty: input.difficulty },
  };
}
