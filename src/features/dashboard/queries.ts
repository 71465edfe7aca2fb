// Overview figures for the three signed-in areas. Counts are done in SQL (groupBy/_count),
// never by loading rows.
import { countRepresentatives } from "@/features/participation/representatives";
import { activityWhenWhereSelect } from "@/features/processes/activity-select";
import { db } from "@/lib/db";

/** The dashboard's input figures: every input (hidden ones too), per process, and the unread (RECEIVED) per process. */
export type InputFigures = { total: number; byProcess: Record<string, number>; unreadByProcess: Record<string, number> };

/**
 * The input figures in SQL: three scans of every input (about 3 s at a million under load). The
 * page takes them from the facet index instead (`figures` from the route,
 * knowledge/search/inbox-counts.ts); this is the definition those are tested against.
 */
export async function sqlInputFigures(): Promise<InputFigures> {
  const [total, perProcess, unread] = await Promise.all([
    db.input.count(),
    db.input.groupBy({ by: ["processId"], _count: { _all: true } }),
    db.input.groupBy({ by: ["processId"], where: { status: "RECEIVED" }, _count: { _all: true } }),
  ]);
  const byKey = (rows: { processId: string; _count: { _all: number } }[]) => Object.fromEntries(rows.map((r) => [r.processId, r._count._all]));
  return { total, byProcess: byKey(perProcess), unreadByProcess: byKey(unread) };
}

export async function adminOverview(figures: () => Promise<InputFigures>, now = new Date()) {
  const [processes, inputs, politicians, upcomingActivities, recentAudit] = await Promise.all([
    db.process.findMany({
      orderBy: [{ status: "asc" }, { updatedAt: "desc" }],
      take: 50,
      select: { id: true, slug: true, title: true, status: true, _count: { select: { phases: true, activities: true } } },
    }),
    figures(),
    countRepresentatives(),
    db.activity.count({ where: { startsAt: { gte: now }, status: { in: ["PLANNED", "OPEN"] } } }),
    db.auditLog.findMany({
      orderBy: { at: "desc" },
      take: 10,
      select: { id: true, at: true, action: true, entityType: true, details: true, actor: { select: { name: true } } },
    }),
  ]);
  const unreadTotal = Object.values(inputs.unreadByProcess).reduce((sum, n) => sum + n, 0);
  return {
    processes: processes.map((p) => ({ ...p, _count: { ...p._count, inputs: inputs.byProcess[p.id] ?? 0 }, unread: inputs.unreadByProcess[p.id] ?? 0 })),
    totals: { inputs: inputs.total, unread: unreadTotal, politicians, upcomingActivities },
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
