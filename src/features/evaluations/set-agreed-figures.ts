// The administration records the agreed facts about an activity (participants met, cost),
// so summaries count the event once with a figure everyone accepts instead of the median of
// the politicians' estimates. Empty fields go back to the median.
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AgreedFiguresInput } from "./schemas";

export async function setAgreedFigures(tx: Tx, input: AgreedFiguresInput) {
  await assertProcessEditable(tx, input.processId);
  const activity = await tx.activity.findFirst({
    where: { id: input.activityId, processId: input.processId },
    select: { id: true, agreedParticipants: true, agreedCostNok: true },
  });
  if (!activity) throw new AppError("NOT_FOUND", "notFound");
  await tx.activity.update({ where: { id: activity.id }, data: { agreedParticipants: input.agreedParticipants, agreedCostNok: input.agreedCostNok } });
  return {
    activityId: activity.id,
    processId: input.processId,
    before: { agreedParticipants: activity.agreedParticipants, agreedCostNok: activity.agreedCostNok },
    after: { agreedParticipants: input.agreedParticipants, agreedCostNok: input.agreedCostNok },
  };
}
