// Overview figures for the three signed-in areas. Counts are done in SQL (groupBy/_count),
// never by loading rows.
import { countRepresentatives } from "@/features/participation/representatives";
import { activityWhenWhereSelect } from "@/features/processes/activity-select";
import { db } from "@/lib/db";

export async function adminOverview(now = new Date()) {
  const [processes, inputCounts, unreadCounts, politicians, upcomingActivities, recentAudit] = await Promise.all([
    db.process.findMany({
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      take: 50,
      select: { id: true, slug: true, title: true, status: true, _count: { select: { phases: true, activities: true, inputs: true } } },
    }),
    db.input.count(),
    db.input.groupBy({ by: ["processId"], where: { status: "RECEIVED" }, _count: { _all: true } }),
    countRepresentatives(),
    db.activity.count({ where: { startsAt: { gte: now }, status: { in: ["PLANNED", "OPEN"] } } }),
    db.auditLog.findMany({
      orderBy: { at: "desc" },
      take: 10,
      select: { id: true, at: true, action: true, entityType: true, details: true, actor: { select: { name: true } } },
    }),
  ]);
  const unreadByProcess = new Map(unreadCounts.map((r) => [r.processId, r._count._all]));
  const unreadTotal = unreadCounts.reduce((sum, r) => sum + r._count._all, 0);
  return {
    processes: processes.map((p) => ({ ...p, unread: unreadByProcess.get(p.id) ?? 0 })),
    totals: { inputs: inputCounts, unread: unreadTotal, politicians, upcomingActivities },
    recentAudit,
  };
}

/** A politician's own sign-ups, upcoming and past, with waitlist positions. */
export async function politicianOverview(userId: string, now = new Date()) {
  const select = {
    id: true,
    status: true,
    promotedAt: true,
    activity: {
      select: {
        ...activityWhenWhereSelect,
        status: true,
        cancelReason: true,
        method: { select: { name: true } },
      },
    },
  } as const;
  const [upcoming, past] = await Promise.all([
    db.signup.findMany({
      where: { userId, status: { in: ["CONFIRMED", "WAITLISTED"] }, activity: { endsAt: { gte: now } } },
      orderBy: [{ activity: { startsAt: "asc" } }, { id: "asc" }],
      take: 50,
      select,
    }),
    db.signup.findMany({
      where: { userId, status: "CONFIRMED", activity: { endsAt: { lt: now } } },
      orderBy: [{ activity: { startsAt: "desc" } }, { id: "asc" }],
      take: 50,
      select,
    }),
  ]);
  // Waitlist positions: the queues of the activities the politician waits for, in order.
  const waiting = upcoming.filter((s) => s.status === "WAITLISTED").map((s) => s.activity.id);
  const queues = waiting.length
    ? await db.signup.findMany({
        where: { activityId: { in: waiting }, status: "WAITLISTED" },
        orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
        select: { activityId: true, userId: true },
      })
    : [];
  const position = (activityId: string) => queues.filter((q) => q.activityId === activityId).findIndex((q) => q.userId === userId) + 1 || null;
  // A promotion from the waitlist is news for two weeks; after that it is just a sign-up.
  const recentlyPromoted = (s: { status: string; promotedAt: Date | null }) =>
    s.status === "CONFIRMED" && !!s.promotedAt && now.getTime() - s.promotedAt.getTime() < 14 * 86_400_000;
  return {
    upcoming: upcoming.map((s) => ({ ...s, position: s.status === "WAITLISTED" ? position(s.activity.id) : null, recentlyPromoted: recentlyPromoted(s) })),
    past: past.map((s) => ({ ...s, position: null, recentlyPromoted: false })),
  };
}
