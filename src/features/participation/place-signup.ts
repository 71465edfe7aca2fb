import { enqueueSignupConfirmed } from "@/features/calendar/activity-mail";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockActivity } from "./lock-activity";

/**
 * The sign-up rules shared by a politician signing up and the administration adding one:
 * only upcoming activities of published processes with places; a free place confirms,
 * otherwise the waitlist. A withdrawn row is reused and queued at the end.
 * `by` picks the wording ("you are already…" or "the politician is already…") and whether a
 * planned activity (sign-up not open yet) is accepted: the administration may fill it early.
 */
export async function placeSignup(tx: Tx, activityId: string, userId: string, by: "self" | "admin", now = new Date()) {
  const activity = await lockActivity(tx, activityId);
  if (activity.process.status !== "PUBLISHED") throw new AppError("CONFLICT", "signup.processNotPublished");
  if (activity.status === "CANCELLED") throw new AppError("CONFLICT", "signup.cancelled");
  if (activity.status === "DONE" || activity.startsAt <= now) throw new AppError("CONFLICT", "signup.started");
  if (activity.status === "PLANNED" && by === "self") throw new AppError("CONFLICT", "signup.notOpen");
  if (activity.politicianCapacity <= 0) throw new AppError("CONFLICT", "signup.noPlaces");

  const user = await tx.user.findFirst({ where: { id: userId, deactivatedAt: null, role: { in: ["POLITICIAN", "GROUP_LEADER"] } }, select: { id: true } });
  if (!user) throw new AppError("INVALID", "signup.notPolitician", by === "admin" ? "userId" : undefined);
  const existing = await tx.signup.findUnique({ where: { activityId_userId: { activityId, userId } }, select: { id: true, status: true } });
  if (existing && existing.status !== "WITHDRAWN") {
    throw new AppError("CONFLICT", by === "self" ? "signup.alreadySelf" : "signup.alreadyOther", undefined, { status: existing.status });
  }

  const confirmed = await tx.signup.count({ where: { activityId, status: "CONFIRMED" } });
  const status = confirmed < activity.politicianCapacity ? ("CONFIRMED" as const) : ("WAITLISTED" as const);
  const data = { status, queuedAt: now, promotedAt: null };
  const row = existing
    ? await tx.signup.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.signup.create({ data: { ...data, activityId, userId }, select: { id: true } });
  // A confirmed place is confirmed by e-mail too, with the event attached (a waitlist place is not news yet).
  if (status === "CONFIRMED") await enqueueSignupConfirmed(tx, { activityId, userId });
  return { id: row.id, activityId, processId: activity.processId, status };
}
