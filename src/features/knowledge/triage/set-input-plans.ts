// Replaces an input's thematic plans with the checked ones (new ones MANUAL, kept ones keep
// their source), like the topics.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockInput } from "@/lib/lock-input";
import type { SetInputPlans } from "./schemas";

export async function setInputPlans(tx: Tx, input: SetInputPlans) {
  const before = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  const ids = [...new Set(input.planIds)];
  const known = ids.length ? await tx.thematicPlan.count({ where: { id: { in: ids } } }) : 0;
  if (known !== ids.length) throw new AppError("NOT_FOUND", "knowledgeTriage.planNotFound", "planIds");
  const removed = await tx.inputThematicPlan.deleteMany({ where: { inputId: before.id, thematicPlanId: { notIn: ids } } });
  const added = ids.length
    ? await tx.$executeRaw`
        INSERT INTO input_thematic_plan (input_id, thematic_plan_id, source)
        SELECT ${before.id}::uuid, p, 'MANUAL' FROM unnest(${ids}::uuid[]) AS p
        ON CONFLICT (input_id, thematic_plan_id) DO NOTHING`
    : 0;
  return { id: before.id, processId: before.processId, planIds: ids, added, removed: removed.count };
}
