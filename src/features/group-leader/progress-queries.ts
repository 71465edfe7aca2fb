// The group leaders' progress dashboard for one process (issue #17 §1): where we are, who
// takes part, what we hear, and which target groups we reach. Every figure is an SQL
// aggregate; the input counts are sums of the trigger-maintained roll-ups (report_count and
// progress_count), so a million inputs cost no more than a thousand (issue #17 §6,
// tests/bench/dashboard.bench.ts). The number of queries is fixed whatever the data size
// (tests/integration/group-leader-dashboard.test.ts counts them).
// Words: an activity is HELD when it has ended and was not cancelled, PLANNED when it is
// not cancelled and has not ended; a politician TOOK PART with a confirmed place on a held
// activity; SIGNED UP as on the participation page (accounts/representatives.ts).
import { representativeSql } from "@/features/participation/representatives";
import { populationForYear } from "@/features/population/queries";
import { osloDay } from "@/features/processes/timeline";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { activityInputRows } from "./activity-inputs";
import { coverageFlag, type CoverageCounts } from "./coverage";

const milestoneSelect = { id: true, date: true, endDate: true, title: true, body: true, isDecisionPoint: true, decision: true, outcome: true } as const;

/** Processes a group leader can follow, newest first; archived ones are history. */
export const dashboardProcesses = () =>
  db.process.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { id: true, slug: true, title: true, status: true },
  });

export const dashboardProcess = (slug: string) =>
  db.process.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      title: true,
      status: true,
      participationRule: true,
      startsOn: true,
      endsOn: true,
      milestones: { orderBy: [{ date: "asc" }, { id: "asc" }], select: milestoneSelect },
    },
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
type DimRow = { dim: "channel" | "category" | "district" | "group" | "topic" | "age" | "triaged" | "answered"; key: string | null; n: number };
type CoverageRow = Omit<CoverageCounts, "inputs"> & { id: string; name: string; importance: string; difficulty: string };

/** Above this many delta rows read, the roll-ups are folded after the read (as the report does). */
const COMPACT_ABOVE = 20_000;

/** `populationYear`: the year of population figures to compare with (default: the latest on file). */
export async function progressDashboard(process: DashboardProcess, now = new Date(), { populationYear }: { populationYear?: number } = {}) {
  const pid = Prisma.sql`${process.id}::uuid`;
  const [parties, districts, byParty, absent, methods, weeks, dims, plans, heard, coverage, population, perHour] = await Promise.all([
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
    // Inputs: sums of the maintained roll-ups, never a scan of the inputs. report_count (the
    // knowledge report's, scope NULL = the whole process; a plan's id = inputs linked to it)
    // holds channel, category, district, target group and topic («no topic» = untagged);
    // progress_count holds Oslo weeks, age bands, triaged and answered. Both skip hidden inputs.
    db.$queryRaw<{ week: Date; n: number }[]>`
      SELECT c.key::date AS week, sum(c.n)::int AS n
        FROM progress_count c WHERE c.process_id = ${pid} AND c.dim = 'week'
       GROUP BY c.key HAVING sum(c.n) <> 0 ORDER BY 1`,
    db.$queryRaw<(DimRow & { rows: number })[]>`
      SELECT CASE r.dim WHEN 'targetGroup' THEN 'group' ELSE r.dim END AS dim, r.key, sum(r.n)::int AS n, count(*)::int AS rows
        FROM report_count r
       WHERE r.thematic_plan_id IS NULL AND r.process_id = ${pid} AND (r.dim IN ('channel', 'category', 'district', 'targetGroup') OR (r.dim = 'topic' AND r.key IS NULL))
       GROUP BY r.dim, r.key HAVING sum(r.n) <> 0
      UNION ALL
      SELECT c.dim, c.key, sum(c.n)::int, count(*)::int
        FROM progress_count c WHERE c.process_id = ${pid} AND c.dim IN ('age', 'triaged', 'answered')
       GROUP BY c.dim, c.key HAVING sum(c.n) <> 0`,
    db.$queryRaw<{ id: string; name: string; n: number }[]>`
      SELECT tp.id::text AS id, tp.name, coalesce((SELECT sum(r.n) FROM report_count r WHERE r.thematic_plan_id = tp.id AND r.process_id = ${pid} AND r.dim = 'channel'), 0)::int AS n
        FROM process_thematic_plan ptp JOIN thematic_plan tp ON tp.id = ptp.thematic_plan_id
       WHERE ptp.process_id = ${pid}
       ORDER BY tp.name`,
    db.heardPage.findUnique({
      where: { processId: process.id },
      select: {
        publishedAt: true,
        updatedAt: true,
        themes: { orderBy: [{ position: "asc" }, { id: "asc" }], take: 3, select: { id: true, title: true, summary: true } },
      },
    }),
    db.$queryRaw<CoverageRow[]>`
      WITH acts AS (SELECT atg.target_group_id,
                           count(*) FILTER (WHERE a.status <> 'CANCELLED' AND a.ends_at >= ${now})::int AS planned,
                           count(*) FILTER (WHERE a.status <> 'CANCELLED' AND a.ends_at < ${now})::int AS held
                      FROM activity_target_group atg JOIN activity a ON a.id = atg.activity_id
                     WHERE a.process_id = ${pid} GROUP BY 1),
           ev AS (SELECT etg.target_group_id, count(*)::int AS reached
                    FROM evaluation_target_group etg JOIN target_group tg ON tg.id = etg.target_group_id
                   WHERE tg.process_id = ${pid} GROUP BY 1)
      SELECT tg.id::text AS id, tg.name, tg.importance::text AS importance, tg.difficulty::text AS difficulty,
             coalesce(acts.planned, 0) AS planned, coalesce(acts.held, 0) AS held, coalesce(ev.reached, 0) AS reached
        FROM target_group tg
        LEFT JOIN acts ON acts.target_group_id = tg.id LEFT JOIN ev ON ev.target_group_id = tg.id
       WHERE tg.process_id = ${pid}
       ORDER BY tg.position, tg.name`,
    populationForYear(populationYear),
    // «Mest per politikertime» for the summary: inputs per politician-hour per method over the
    // held activities, as the method comparison computes it (hours from the evaluations'
    // activity_fact roll-up, inputs from the report_count roll-up), without the comparison's other columns.
    db.$queryRaw<{ name: string; inputs: number; hours: number }[]>`
      WITH held AS (SELECT a.id, a.method_id FROM activity a WHERE a.process_id = ${pid} AND a.status <> 'CANCELLED' AND a.ends_at < ${now}),
           hours AS (SELECT h.method_id, sum(f.preparation_hours + f.execution_hours)::float8 AS hours
                       FROM held h JOIN activity_fact f ON f.activity_id = h.id GROUP BY 1),
           r AS (${activityInputRows(process.id)}),
           inp AS (SELECT h.method_id, sum(r.n)::int AS inputs FROM held h JOIN r ON r.activity_id = h.id GROUP BY 1)
      SELECT m.name, coalesce(inp.inputs, 0) AS inputs, hours.hours
        FROM hours JOIN method m ON m.id = hours.method_id LEFT JOIN inp ON inp.method_id = hours.method_id
       WHERE hours.hours > 0`,
  ]);

  const partyRows = [
    ...parties.map((p) => ({ partyId: p.id as string | null, name: p.name as string | null, shortName: p.shortName as string | null })),
    { partyId: null, name: null, shortName: null },
  ]
    .map((p) => {
      const r = byParty.find((b) => b.party_id === p.partyId);
      return {
        ...p,
        representatives: r?.representatives ?? 0,
        signedUp: r?.signed_up ?? 0,
        tookPart: r?.took_part ?? 0,
        evaluated: r?.evaluated ?? 0,
        notYet: absent.filter((a) => a.party_id === p.partyId).map(({ id, name }) => ({ id, name })),
      };
    })
    .filter((p) => p.partyId !== null || p.representatives > 0);
  const sum = (k: "representatives" | "signedUp" | "tookPart" | "evaluated") => partyRows.reduce((n, r) => n + r[k], 0);
  const districtName = new Map(districts.map((d) => [d.id, d.name]));
  const dim = (d: DimRow["dim"]) => dims.filter((r) => r.dim === d).sort((a, b) => b.n - a.n || String(a.key).localeCompare(String(b.key)));
  const one = (d: DimRow["dim"]) => dim(d).reduce((n, r) => n + r.n, 0);
  const total = one("channel");
  const groupInputs = new Map(dim("group").map((r) => [r.key, r.n]));
  if (dims.reduce((n, r) => n + r.rows, 0) > COMPACT_ABOVE)
    await db.$transaction([db.$executeRaw`SELECT report_count_compact()`, db.$executeRaw`SELECT progress_count_compact()`]);

  return {
    participation: {
      rule: process.participationRule,
      parties: partyRows,
      totals: { representatives: sum("representatives"), signedUp: sum("signedUp"), tookPart: sum("tookPart"), evaluated: sum("evaluated") },
    },
    methods,
    activityTotals: {
      held: methods.reduce((n, m) => n + m.held, 0),
      planned: methods.reduce((n, m) => n + m.planned, 0),
      cancelled: methods.reduce((n, m) => n + m.cancelled, 0),
    },
    inputs: {
      perWeek: fillWeeks(weeks),
      byChannel: dim("channel").map((r) => ({ key: r.key!, n: r.n })),
      byCategory: dim("category").map((r) => ({ key: r.key, n: r.n })),
      byDistrict: dim("district").map((r) => ({ key: r.key, name: r.key ? (districtName.get(r.key) ?? null) : null, n: r.n })),
      byAge: dim("age").map((r) => ({ key: r.key, n: r.n })),
      byPlan: plans,
      work: { total, triaged: one("triaged"), tagged: total - one("topic"), answered: one("answered") },
    },
    /** The three methods with the most inputs per politician-hour (ties by name), as on /gruppeleder/metoder. */
    bestPerHour: perHour
      .map((m) => ({ name: m.name, inputsPerHour: m.inputs / m.hours }))
      .sort((a, b) => b.inputsPerHour - a.inputsPerHour || a.name.localeCompare(b.name, "nb"))
      .slice(0, 3),
    heard: heard?.publishedAt ? { publishedAt: heard.publishedAt, updatedAt: heard.updatedAt, themes: heard.themes } : null,
    coverage: coverage.map((row) => {
      const g = { ...row, inputs: groupInputs.get(row.id) ?? 0 };
      return { ...g, flag: coverageFlag(g) };
    }),
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
