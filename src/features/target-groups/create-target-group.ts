import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { assertValidDetails } from "./assert-valid-details";
import type { CreateTargetGroupInput } from "./schemas";

/** Adds a target group to a process, placed on the matrix, after the existing groups. */
export async function createTargetGroup(tx: Tx, input: CreateTargetGroupInput): Promise<{ id: string; processId: string; name: string }> {
  await assertProcessEditable(tx, input.processId);
  await assertValidDetails(tx, input.processId, input);
  const last = await tx.targetGroup.aggregate({ where: { processId: input.processId }, _max: { position: true } });
  return tx.targetGroup.create({
    data: {
      processId: input.processId,
      name: input.name,
      description: input.description,
      audienceId: input.audienceId,
      importance: input.importance,
      difficulty: input.difficulty,
      position: (last._max.position ?? -1) + 1,
    },
    select: { id: true, processId: true, name: true },
  });
}
