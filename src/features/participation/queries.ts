// Reads for the politicians' "choose activities" page: upcoming activities of published
// processes, keyset-paginated on (startsAt, id), with who has signed up and the reader's own place.
import { activityWhenWhereSelect } from "@/features/processes/activity-select";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { afterStartCursor, encodeStartCursor, parseStartCursor } from "@/lib/keyset";
import type { ChooseFilter } from "./filters";

const PAGE = 50;

export async function listChoosableActivities(userId: string, f: ChooseFilter, now = new Date()) {
  const from = f.fra ? new Date(`${f.fra}T00:00:00Z`) : null;
  const after = parseStartCursor(f.etter);
  const where: Prisma.ActivityWhereInput = {
    startsAt: { gt: from && from > now ? from : now },
    // Cancelled ones stay in the list (marked, with the reason), except when asking for free places.
    status: { in: f.ledige ? ["OPEN", "PLANNED"] : ["OPEN", "PLANNED", "CANCELLED"] },
    process: { status: "PUBLISHED" },
    ...(f.metode ? { methodId: f.metode } : {}),
    ...(f.bydel ? { districtId: f.bydel } : {}),
    ...(f.malgruppe ? { targetGroups: { some: { targetGroup: { OR: [{ name: f.malgruppe }, { audience: { name: f.malgruppe } }] } } } } : {}),
    ...(f.ledige ? { id: { notIn: await fullActivityIds(now) } } : {}),
    ...(after ? afterStartCursor(after) : {}),
  };
  const rows = await db.activity.findMany({
    where,
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: PAGE + 1,
    select: {
      ...activityWhenWhereSelect,
      status: true,
      cancelReason: true,
      politicianCapacity: true,
      process: { select: { title: true } },
      method: { select: { id: true, name: true, description: true, timeLevel: true, moneyLevel: true, effortLevel: true } },
      district: { select: { name: true } },
      targetGroups: { select: { targetGroup: { select: { name: true } } } },
      signups: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
        select: { status: true, userId: true, user: { select: { name: true, party: { select: { shortName: true } } } } },
      },
    },
  });
  const last = rows.length > PAGE ? rows[PAGE - 1]! : null;
  const page = rows.slice(0, PAGE).map(({ signups, ...a }) => {
    const confirmed = signups.filter((s) => s.status === "CONFIRMED");
    const waitlist = signups.filter((s) => s.status === "WAITLISTED");
    const waitIndex = waitlist.findIndex((s) => s.userId === userId);
    return {
      ...a,
      confirmed: confirmed.map((s) => ({ name: s.user.name, party: s.user.party?.shortName ?? null })),
      waitlistCount: waitlist.length,
      free: Math.max(0, a.politicianCapacity - confirmed.length),
      mine: confirmed.some((s) => s.userId === userId) ? ("CONFIRMED" as const) : waitIndex >= 0 ? ("WAITLISTED" as const) : null,
      position: waitIndex >= 0 ? waitIndex + 1 : null,
    };
  });
  return { rows: page, next: last ? encodeStartCursor(last) : null };
}
export type ChoosableActivity = Awaited<ReturnType<typeof listChoosableActivities>>["rows"][number];

/** Upcoming activities whose places are taken (counted in SQL), for "only free places". */
async function fullActivityIds(now: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM activity a
    WHERE a.starts_at > ${now}
      AND a.politician_capacity <= (SELECT count(*) FROM signup s WHERE s.activity_id = a.id AND s.status = 'CONFIRMED')`;
  return rows.map((r) => r.id);
}

/** Choices for the filter: methods and districts in use, target-group and audience names. */
export async function chooseFilterOptions(now = new Date()) {
  const upcoming: Prisma.ActivityWhereInput = { startsAt: { gt: now }, status: { in: ["OPEN", "PLANNED"] }, process: { status: "PUBLISHED" } };
  const [methods, districts, groups] = await Promise.all([
    db.method.findMany({ where: { activities: { some: upcoming } }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.district.findMany({ where: { activities: { some: upcoming } }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.targetGroup.findMany({ where: { activities: { some: { activity: upcoming } } }, select: { name: true, audience: { select: { name: true } } } }),
  ]);
  // A target group that belongs to a shared kind (audience) is offered by that kind's name only:
  // «Innvandrere/nyankomne» in one process and «Innvandrere og nyankomne» as the kind are one
  // choice, not two near-twins. The filter matches either name. Case and spacing do not count.
  const byKey = new Map<string, string>();
  for (const g of groups) {
    const name = g.audience?.name ?? g.name;
    const key = name
      .toLocaleLowerCase("nb")
      .replace(/[\s/]+/g, " ")
      .trim();
    if (!byKey.has(key)) byKey.set(key, name);
  }
  return { methods, districts, targetGroups: [...byKey.values()].sort((a, b) => a.localeCompare(b, "nb")) };
}
