import type { ParticipationRuleInput } from "@/features/participation/schemas";
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";

/** Whether every politician in the committee/council is expected to take part, or each chooses. */
export async function setParticipationRule(tx: Tx, input: ParticipationRuleInput) {
  await assertProcessEditable(tx, input.processId);
  const before = await tx.process.findUniqueOrThrow({ where: { id: input.processId }, select: { participationRule: true } });
  await tx.process.update({ where: { id: input.processId }, data: { participationRule: input.participationRule } });
  return { processId: input.processId, from: before.participationRule, to: input.participationRule };
}
