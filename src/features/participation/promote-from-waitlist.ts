import { enqueuePromoted } from "@/features/calendar/activity-mail";
import type { Tx } from "@/lib/db";
import { lockActivity } from "./lock-activity";

/**
 * Fills free places from the waitlist, first queued first. Called whenever a place may have
 * opened: a withdrawal, a removal, more places. Nothing moves once the activity has started,
 * is done or cancelled — a late promotion would be a place nobody can use.
 */
export async function promoteFromWaitlist(tx: Tx, activityId: string, now = new Date()): Promise<string[]> {
  const activity = await lockActivity(tx, activityId);
  if (activity.status === "CANCELLED" || activity.status === "DONE" || activity.startsAt <= now) return [];
  const confirmed = await tx.signup.count({ where: { activityId, status: "CONFIRMED" } });
  const free = activity.politicianCapacity - confirmed;
  if (free <= 0) return [];
  const next = await tx.signup.findMany({
    where: { activityId, status: "WAITLISTED" },
    orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, userId: true },
  });
  if (next.length === 0) return [];
  await tx.signup.updateMany({ where: { id: { in: next.map((s) => s.id) } }, data: { status: "CONFIRMED", promotedAt: now } });
  await enqueuePromoted(tx, { activityId, userIds: next.map((s) => s.userId) });
  return next.map((s) => s.userId);
}
