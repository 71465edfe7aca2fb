// Overview figures for the three signed-in areas. Counts are done in SQL (groupBy/_count),
// never by loading rows.
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
    db.user.count({ where: { role: "POLITICIAN", deactivatedAt: null } }),
    db.activity.count({ where: { startsAt: { gte: now }, status: { in: ["PLANNED", "OPEN"] } } }),
    db.auditLog.findMany({
      orderBy: { at: "desc" },
      take: 10,
      select: { id: true, at: true, action: true, entityType: true, actor: { select: { name: true } } },
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

export async function politicianOverview(userId: string, now = new Date()) {
  const [mine, upcoming] = await Promise.all([
    db.signup.findMany({
      where: { userId, status: { in: ["CONFIRMED", "WAITLISTED"] }, activity: { endsAt: { gte: now } } },
      orderBy: { activity: { startsAt: "asc" } },
      take: 50,
      select: {
        id: true,
        status: true,
        activity: { select: { id: true, title: true, startsAt: true, endsAt: true, place: true, method: { select: { name: true } } } },
      },
    }),
    db.activity.findMany({
      where: { startsAt: { gte: now }, status: { in: ["OPEN", "PLANNED"] }, process: { status: "PUBLISHED" } },
      orderBy: { startsAt: "asc" },
      take: 20,
      select: {
        id: true,
        title: true,
        startsAt: true,
        endsAt: true,
        place: true,
        politicianCapacity: true,
        method: { select: { name: true } },
        district: { select: { name: true } },
        _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
      },
    }),
  ]);
  return { mine, upcoming };
}

export async function groupLeaderOverview() {
  const [byStatus, byCategory, politicianTotal, signedUp] = await Promise.all([
    db.activity.groupBy({ by: ["status"], _count: { _all: true } }),
    db.input.groupBy({ by: ["category"], where: { isHidden: false }, _count: { _all: true }, orderBy: { category: "asc" } }),
    db.user.count({ where: { role: { in: ["POLITICIAN", "GROUP_LEADER"] }, deactivatedAt: null } }),
    db.user.count({
      where: { role: { in: ["POLITICIAN", "GROUP_LEADER"] }, deactivatedAt: null, signups: { some: { status: "CONFIRMED" } } },
    }),
  ]);
  return {
    activitiesByStatus: byStatus.map((r) => ({ status: r.status, count: r._count._all })),
    inputsByCategory: byCategory.map((r) => ({ category: r.category, count: r._count._all })),
    participation: { total: politicianTotal, signedUp },
  };
}
