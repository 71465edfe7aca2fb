import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { enqueueActivityCancelled } from "./activity-mail";
import type { CancelActivityInput } from "./schemas";

/**
 * Cancels an activity in one step, with a reason. Sign-ups and the waitlist are kept as they
 * are, so the politicians' pages and calendar feeds can tell them it is cancelled; the
 * iCalendar sequence is bumped so subscribed calendars replace the event.
 */
export async function cancelActivity(tx: Tx, input: CancelActivityInput) {
  await assertProcessEditable(tx, input.processId);
  // The row lock sign-ups take: nobody signs up between the check and the update.
  await tx.$queryRaw`SELECT id FROM activity WHERE id = ${input.activityId}::uuid AND process_id = ${input.processId}::uuid FOR UPDATE`;
  const found = await tx.activity.findFirst({
    where: { id: input.activityId, processId: input.processId },
    select: { id: true, status: true, _count: { select: { signups: { where: { status: { in: ["CONFIRMED", "WAITLISTED"] } } } } } },
  });
  if (!found) throw new AppError("NOT_FOUND", "notFound");
  if (found.status === "CANCELLED") throw new AppError("CONFLICT", "calendar.alreadyCancelled");
  if (found.status === "DONE") throw new AppError("CONFLICT", "calendar.alreadyDone");
  await tx.activity.update({
    where: { id: found.id },
    data: { status: "CANCELLED", cancelReason: input.reason, sequence: { increment: 1 } },
    select: { id: true },
  });
  // Everyone signed up or waiting gets the cancellation by e-mail, with METHOD:CANCEL.
  await enqueueActivityCancelled(tx, { activityId: found.id });
  return { id: found.id, notified: found._count.signups };
}
