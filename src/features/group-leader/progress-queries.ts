// The group leaders' progress dashboard for one process (issue #17 §1): where we are, who
// takes part, what we hear, and which target groups we reach. Every figure is an SQL
// aggregate (group by / filter); the number of queries is fixed whatever the data size
// (tests/integration/group-leader-dashboard.test.ts counts them).
// Words: an activity is HELD when it has ended and was not cancelled, PLANNED when it is
// not cancelled and has not ended; a politician TOOK PART with a confirmed place on a held
// activity; SIGNED UP as on the participation page (accounts/representatives.ts).
import { Prisma } from "@/generated/prisma/client";
import { representativeSql } from "@/features/accounts/representatives";
import { osloDay } from "@/features/processes/timeline";
import { db } from "@/lib/db";
import { populationForYear } from "@/features/population/queries";
import { populationBandSql } from "@/features/forms/age-bands";
import { coverageFlag, type CoverageCounts } from "./coverage";

const milestoneSelect = { id: true, date: true, endDate: true, title: true, body: true, isDecisionPoint: true, decision: true, outcome: true } as const;

/** Processes a group leader can follow, newest first; archived ones are history. */
export const dashboardProcesses = () =>
  db.process.findMany({ where: { status: { not: "ARCHIVED" } }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 50, select: { id: true, slug: true, title: true, status: true } });

export const dashboardProcess = (slug: string) =>
  db.process.findUnique({
    where: { slug },
    select: { id: true, slug: true, title: true, status: true, participationRule: true, startsOn: true, endsOn: true, milestones: { orderBy: [{ date: "asc" }, { id: "asc" }], select: milestoneSelect } },
  });
export type DashboardProcess = NonNullable<Awaited<ReturnType<typeof dashboardProcess>>>;

const DAY = 86_400_000;

/** The first decision point still ahead (by Oslo calendar day) and the days left until it. */
export function nextDecision(milestones: DashboardProcess["milestones"], today: Date) {
  const day = osloDay(today);
  const next = milestones.find((m) => m.isDecisionPoint && m.date.toISOString().slice(0, 10) >= day);
  if (!next) return null;
  const daysLeft = Math.round((Date.parse(next.date.toISOString().slice(0, 10)) - Date.parse(day)) / DAY);
  return { ...next, daysLeft };
}

type PartyRow = { party_id: string | null; representatives: number; signed_up: number; took_part: number; evaluated: number };
type MethodRow = { method_id: string; name: string; held: number; planned: number; cancelled: number };
// An input's age range mapped to the population band it lies within, or 'SPANS' (issue #16
// item 15: forms choose their own bands; the population table keeps the fixed ones).
const AGE_KEY = Prisma.raw(populationBandSql("i"));
type DimRow = { dim: "channel" | "category" | "district" | "age"; key: string | null; n: number };
type CoverageRow = CoverageCounts & { id: string; name: string; importance: string; difficulty: string };

/** `populationYear`: the year of population figures to compare with (default: the latest on file). */
export async function progressDashboard(process: DashboardProcess, now = new Date(), { populationYear }: { populationYear?: number } = {}) {
  const pid = Prisma.sql`${process.id}::uuid`;
  const visible = Prisma.sql`i.process_id = ${pid} AND NOT i.is_hidden`;
  const [parties, districts, byParty, absent, methods, weeks, dims, plans, work, heard, coverage, population] = await Promise.all([
    db.party.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, shortName: true } }),
    db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.$queryRaw<PartyRow[]>`
      WITH reps AS (SELECT u.id, u.party_id FROM app_user u WHERE ${representativeSql}),
           s AS (SELECT s.user_id, bool_or(s.status = 'CONFIRMED' AND a.ends_at < ${now}) AS took_part
                   FROM signup s JOIN activity a ON a.id = s.activity_id
                  WHERE a.process_id = ${pid} AND a.status <> 'CANCELLED' AND s.status IN ('CONFIRMED', 'WAITLISTED')
                  GROUP BY s.user_id),
           ev AS (SELECT DISTINCT e.user_id FROM method_evaluation e JOIN activity a ON a.id = e.activity_id WHERE a.process_id = ${pid})
      SELECT r.party_id::text AS party_id, count(*)::int AS representatives, count(s.user_id)::int AS signed_up,
             count(*) FILTER (WHERE s.took_part)::int AS took_part, count(ev.user_id)::int AS evaluated
        FROM reps r LEFT JOIN s ON s.user_id = r.id LEFT JOIN ev ON ev.user_id = r.id
       GROUP BY r.party_id`,
    db.$queryRaw<{ id: string; name: string; party_id: string | null }[]>`
      SELECT u.id::text AS id, u.name, u.party_id::text AS party_id FROM app_user u
       WHERE ${representativeSql} AND NOT EXISTS (
             SELECT 1 FROM signup s JOIN activity a ON a.id = s.activity_id
              WHERE s.user_id = u.id AND a.process_id = ${pid} AND s.status = 'CONFIRMED' AND a.status <> 'CANCELLED' AND a.ends_at < ${now})
       ORDER BY u.name, u.id`,
    db.$queryRaw<MethodRow[]>`
      SELECT m.id::text AS method_id, m.name,
             count(*) FILTER (WHERE a.status <> 'CANCELLED' AND a.ends_at < ${now})::int AS held,
             count(*) FILTER (WHERE a.status <> 'CANCELLED' AND a.ends_at >= ${now})::int AS planned,
             count(*) FILTER (WHERE a.status = 'CANCELLED')::int AS cancelled
        FROM activity a JOIN method m ON m.id = a.method_id
       WHERE a.process_id = ${pid}
       GROUP BY m.id, m.name
       ORDER BY held DESC, planned DESC, m.name`,
    db.$queryRaw<{ week: Date; n: number }[]>`
      SELECT date_trunc('week', i.submitted_at AT TIME ZONE 'Europe/Oslo')::date AS week, count(*)::int AS n
        FROM input i WHERE ${visible} GROUP BY 1 ORDER BY 1`,
    db.$queryRaw<DimRow[]>`
      SELECT CASE WHEN GROUPING(i.channel) = 0 THEN 'channel' WHEN GROUPING(i.category) = 0 THEN 'category' WHEN GROUPING(i.district_id) = 0 THEN 'district' ELSE 'age' END AS dim,
             COALESCE(i.channel::text, i.category::text, i.district_id::text, ${AGE_KEY}) AS key, count(*)::int AS n
        FROM input i WHERE ${visible}
       GROUP BY GROUPING SETS ((i.channel), (i.category), (i.district_id), (${AGE_KEY}))`,
    db.$queryRaw<{ id: string; name: string; n: number }[]>`
      SELECT tp.id::text AS id, tp.name, count(i.id)::int AS n
        FROM process_thematic_plan ptp JOIN thematic_plan tp ON tp.id = ptp.thematic_plan_id
        LEFT JOIN input_thematic_plan itp ON itp.thematic_plan_id = tp.id
        LEFT JOIN input i ON i.id = itp.input_id AND ${visible}
       WHERE ptp.process_id = ${pid}
       GROUP BY tp.id, tp.name ORDER BY tp.name`,
    db.$queryRaw<{ total: number; triaged: number; tagged: number; answered: number }[]>`
      SELECT count(*)::int AS total, count(*) FILTER (WHERE i.triaged_at IS NOT NULL)::int AS triaged,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM input_tag t WHERE t.input_id = i.id))::int AS tagged,
             count(*) FILTER (WHERE i.public_response <> '')::int AS answered
        FROM input i WHERE ${visible}`,
    db.heardPage.findUnique({
      where: { processId: process.id },
      select: { publishedAt: true, updatedAt: true, themes: { orderBy: [{ position: "asc" }, { id: "asc" }], take: 3, select: { id: true, title: true, summary: true } } },
    }),
    db.$queryRaw<CoverageRow[]>`
      WITH acts AS (SELECT atg.target_group_id,
                           count(*) FILTER (WHERE a.status <> 'CANCELLED' AND a.ends_at >= ${now})::int AS planned,
                           count(*) FILTER (WHERE a.status <> 'CANCELLED' AND a.ends_at < ${now})::int AS held
                      FROM activity_target_group atg JOIN activity a ON a.id = atg.activity_id
                     WHERE a.process_id = ${pid} GROUP BY 1),
           ev AS (SELECT etg.target_group_id, count(*)::int AS reached
                    FROM evaluation_target_group etg JOIN target_group tg ON tg.id = etg.target_group_id
                   WHERE tg.process_id = ${pid} GROUP BY 1),
           inp AS (SELECT i.target_group_id, count(*)::int AS inputs FROM input i WHERE ${visible} AND i.target_group_id IS NOT NULL GROUP BY 1)
      SELECT tg.id::text AS id, tg.name, tg.importance::text AS importance, tg.difficulty::text AS difficulty,
             coalesce(acts.planned, 0) AS planned, coalesce(acts.held, 0) AS held, coalesce(ev.reached, 0) AS reached, coalesce(inp.inputs, 0) AS inputs
        FROM target_group tg
        LEFT JOIN acts ON acts.target_group_id = tg.id LEFT JOIN ev ON ev.target_group_id = tg.id LEFT JOIN inp ON inp.target_group_id = tg.id
       WHERE tg.process_id = ${pid}
       ORDER BY tg.position, tg.name`,
    populationForYear(populationYear),
  ]);

  const partyRows = [...parties.map((p) => ({ partyId: p.id as string | null, name: p.name as string | null, shortName: p.shortName as string | null })), { partyId: null, name: null, shortName: null }]
    .map((p) => {
      const r = byParty.find((b) => b.party_id === p.partyId);
      return { ...p, representatives: r?.representatives ?? 0, signedUp: r?.signed_up ?? 0, tookPart: r?.took_part ?? 0, evaluated: r?.evaluated ?? 0, notYet: absent.filter((a) => a.party_id === p.partyId).map(({ id, name }) => ({ id, name })) };
    })
    .filter((p) => p.partyId !== null || p.representatives > 0);
  const sum = (k: "representatives" | "signedUp" | "tookPart" | "evaluated") => partyRows.reduce((n, r) => n + r[k], 0);
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const dim = (d: DimRow["dim"]) => dims.filter((r) => r.dim === d).sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)));

  return {
    participation: {
      rule: process.participationRule,
      parties: partyRows,
      totals: { representatives: sum("representatives"), signedUp: sum("signedUp"), tookPart: sum("tookPart"), evaluated: sum("evaluated") },
    },
    methods,
    activityTotals: { held: methods.reduce((n, m) => n + m.held, 0), planned: methods.reduce((n, m) => n + m.planned, 0), cancelled: methods.reduce((n, m) => n + m.cancelled, 0) },
    inputs: {
      perWeek: fillWeeks(weeks),
      byChannel: dim("channel").map((r) => ({ key: r.key!, n: r.n })),
      byCategory: dim("category").map((r) => ({ key: r.key, n: r.n })),
      byDistrict: dim("district").map((r) => ({ key: r.key, name: r.key ? (districtName.get(r.key) ?? null) : null, n: r.n })),
      byAge: dim("age").map((r) => ({ key: r.key, n: r.n })),
      byPlan: plans,
      work: work[0] ?? { total: 0, triaged: 0, tagged: 0, answered: 0 },
    },
    heard: heard?.publishedAt ? { publishedAt: heard.publishedAt, updatedAt: heard.updatedAt, themes: heard.themes } : null,
    coverage: coverage.map((g) => ({ ...g, flag: coverageFlag(g) })),
    /** Inputs for representativeness.ts: districts in the managed order, counts per district and age band. */
    population: { ...population, districts },
  };
}
export type ProgressDashboard = Awaited<ReturnType<typeof progressDashboard>>;

/** Every week from the first input to the last, weeks without inputs as 0 (a gap is news too). */
export function fillWeeks(rows: { week: Date; n: number }[]): { week: string; n: number }[] {
  if (rows.length === 0) return [];
  const byWeek = new Map(rows.map((r) => [r.week.toISOString().slice(0, 10), r.n]));
  const out: { week: string; n: number }[] = [];
  for (let t = rows[0]!.week.getTime(); t <= rows.at(-1)!.week.getTime(); t += 7 * DAY) {
    const week = new Date(t).toISOString().slice(0, 10);
    out.push({ week, n: byWeek.get(week) ?? 0 });
  }
  return out;
}
