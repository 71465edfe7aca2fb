import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockActivity } from "./lock-activity";
import { promoteFromWaitlist } from "./promote-from-waitlist";

/** Marks a sign-up withdrawn; a confirmed place that opens goes to the first on the waitlist. */
export async function releaseSignup(tx: Tx, activityId: string, userId: string, by: "self" | "admin", now = new Date()) {
  const activity = await lockActivity(tx, activityId);
  // A politician cannot leave once it has started; the administration may still correct the list.
  if (by === "self" && (activity.status === "DONE" || activity.startsAt <= now)) throw new AppError("CONFLICT", "signup.withdrawStarted");
  const existing = await tx.signup.findUnique({ where: { activityId_userId: { activityId, userId } }, select: { id: true, status: true } });
  if (!existing || existing.status === "WITHDRAWN") throw new AppError("NOT_FOUND", by === "self" ? "signup.notSignedUpSelf" : "signup.notSignedUpOther");
  await tx.signup.update({ where: { id: existing.id }, data: { status: "WITHDRAWN", promotedAt: null } });
  const promoted = existing.status === "CONFIRMED" ? await promoteFromWaitlist(tx, activityId, now) : [];
  return { id: existing.id, activityId, processId: activity.processId, was: existing.status, promoted };
}
