import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Deletes an activity nobody has signed up for and nothing refers to; otherwise cancel it. */
export async function deleteActivity(tx: Tx, input: { processId: string; activityId: string }) {
  await assertProcessEditable(tx, input.processId);
  const activity = await tx.activity.findFirst({
    where: { id: input.activityId, processId: input.processId },
    select: { id: true, _count: { select: { signups: true, inputs: true, evaluations: true, forms: true } } },
  });
  if (!activity) throw new AppError("NOT_FOUND", "notFound");
  const c = activity._count;
  if (c.signups + c.inputs + c.evaluations + c.forms > 0) {
    throw new AppError("CONFLICT", "activity.inUse", undefined, { signups: c.signups, inputs: c.inputs });
  }
  await tx.activity.delete({ where: { id: activity.id } });
  return { id: activity.id };
}
