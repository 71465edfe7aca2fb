// The method comparison (issue #17 §2): per method, over its HELD activities in the filter
// (ended, not cancelled): activities, politicians with a place, politician-hours (from the
// evaluations), money and participants counted once per activity (as evaluations/activity-facts.ts
// defines them, read from the activity_fact roll-up the evaluations' triggers keep, with the
// agreed figures from the activity),
// inputs recorded at those activities (from the report_count roll-up), the ratios per
// politician-hour, target groups the evaluations say were reached (and how many of them
// prioritised), «would use again» with its n, and quotes. Two SQL queries whatever the data size; sorting happens on the server.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { scoreMethod } from "./criteria";
import type { MethodFilter, SortColumn } from "./filters";

type Row = {
  method_id: string;
  name: string;
  held: number;
  politicians: number;
  hours: number;
  cost: number | null;
  participants: number | null;
  evaluations: number;
  would_use_again: number | null;
  inputs: number;
  groups: number;
  prioritised: number;
};
type Quote = { method_id: string; kind: "WELL" | "LESS_WELL" | "TRANSFERABLE"; text: string };

function scopeSql(f: MethodFilter, processId: string | null, now: Date) {
  const parts = [Prisma.sql`a.status <> 'CANCELLED'`, Prisma.sql`a.ends_at < ${now}`];
  if (processId) parts.push(Prisma.sql`a.process_id = ${processId}::uuid`);
  if (f.fra) parts.push(Prisma.sql`(a.starts_at AT TIME ZONE 'Europe/Oslo')::date >= ${f.fra}::date`);
  if (f.til) parts.push(Prisma.sql`(a.starts_at AT TIME ZONE 'Europe/Oslo')::date <= ${f.til}::date`);
  if (f.malgruppe)
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM activity_target_group atg WHERE atg.activity_id = a.id AND atg.target_group_id = ${f.malgruppe}::uuid)`);
  return Prisma.sql`SELECT a.id, a.method_id, a.agreed_participants, a.agreed_cost_nok FROM activity a WHERE ${Prisma.join(parts, " AND ")}`;
}

export async function compareMethods(f: MethodFilter, processId: string | null, now = new Date()) {
  const scope = scopeSql(f, processId, now);
  const [rows, quotes] = await Promise.all([
    db.$queryRaw<Row[]>`
      WITH scope AS (${scope}),
           -- One roll-up row per evaluated activity (no row = no evaluations): the agreed figure
           -- where the administration set one, else the median of the estimates.
           per_method AS (
             SELECT s.method_id, count(*)::int AS held,
                    coalesce(sum(f.preparation_hours + f.execution_hours), 0)::float8 AS hours,
                    sum(coalesce(s.agreed_cost_nok, f.cost_median))::float8 AS cost,
                    sum(coalesce(s.agreed_participants, f.participants_median))::float8 AS participants,
                    coalesce(sum(f.evaluations), 0)::int AS evaluations,
                    (sum(f.would_use_again_sum)::numeric / nullif(sum(f.evaluations), 0))::float8 AS would_use_again
               FROM scope s LEFT JOIN activity_fact f ON f.activity_id = s.id GROUP BY s.method_id),
           -- Distinct pairs first (hashed), then counted: cheaper than count(DISTINCT …), which sorts.
           pols AS (SELECT x.method_id, count(*)::int AS politicians
                      FROM (SELECT DISTINCT s.method_id, sg.user_id FROM scope s JOIN signup sg ON sg.activity_id = s.id AND sg.status = 'CONFIRMED') x GROUP BY 1),
           -- Inputs recorded at each activity: the knowledge report's roll-up (non-hidden inputs per
           -- activity, kept by triggers), not a scan of the inputs.
           inp AS (SELECT s.method_id, sum(r.n)::int AS inputs
                     FROM scope s JOIN report_count r ON r.key = s.id::text
                    WHERE r.thematic_plan_id IS NULL AND r.dim = 'activity' ${processId ? Prisma.sql`AND r.process_id = ${processId}::uuid` : Prisma.empty}
                    GROUP BY 1),
           reach AS (SELECT x.method_id, count(*)::int AS groups,
                            count(*) FILTER (WHERE tg.importance = 'VERY_IMPORTANT' AND tg.difficulty IN ('HARD', 'MEDIUM'))::int AS prioritised
                       FROM (SELECT DISTINCT s.method_id, etg.target_group_id
                               FROM scope s JOIN method_evaluation e ON e.activity_id = s.id
                               JOIN evaluation_target_group etg ON etg.evaluation_id = e.id) x
                       JOIN target_group tg ON tg.id = x.target_group_id GROUP BY 1)
      SELECT m.id::text AS method_id, m.name, pm.held, coalesce(pols.politicians, 0) AS politicians, pm.hours, pm.cost, pm.participants,
             pm.evaluations, pm.would_use_again, coalesce(inp.inputs, 0) AS inputs, coalesce(reach.groups, 0) AS groups, coalesce(reach.prioritised, 0) AS prioritised
        FROM per_method pm JOIN method m ON m.id = pm.method_id
        LEFT JOIN pols ON pols.method_id = pm.method_id LEFT JOIN inp ON inp.method_id = pm.method_id LEFT JOIN reach ON reach.method_id = pm.method_id`,
    db.$queryRaw<Quote[]>`
      WITH scope AS (${scope}),
           -- Ranked without the texts, so the sort of every evaluation in scope stays narrow (in
           -- memory at 20 000 evaluations; with the texts it spilled to disk), then the texts of
           -- the two newest per method and kind only.
           q AS (SELECT s.method_id, x.kind, e.updated_at, e.id
                   FROM scope s JOIN method_evaluation e ON e.activity_id = s.id
                   CROSS JOIN LATERAL (VALUES ('WELL', e.worked_well <> ''), ('LESS_WELL', e.worked_less_well <> ''), ('TRANSFERABLE', e.transferable <> '')) AS x(kind, present)
                  WHERE x.present),
           ranked AS (SELECT q.*, row_number() OVER (PARTITION BY q.method_id, q.kind ORDER BY q.updated_at DESC, q.id) AS rn FROM q)
      SELECT r.method_id::text AS method_id, r.kind,
             CASE r.kind WHEN 'WELL' THEN e.worked_well WHEN 'LESS_WELL' THEN e.worked_less_well ELSE e.transferable END AS text
        FROM ranked r JOIN method_evaluation e ON e.id = r.id
       WHERE r.rn <= 2 ORDER BY r.method_id, r.kind, r.rn`,
  ]);
  const ratio = (a: number | null, hours: number) => (a == null || hours <= 0 ? null : a / hours);
  return rows.map((r) => {
    const base = {
      methodId: r.method_id,
      name: r.name,
      held: r.held,
      politicians: r.politicians,
      hours: r.hours,
      cost: r.cost,
      participants: r.participants,
      inputs: r.inputs,
      inputsPerHour: ratio(r.inputs, r.hours),
      participantsPerHour: ratio(r.participants, r.hours),
      groups: r.groups,
      prioritised: r.prioritised,
      wouldUseAgain: r.would_use_again,
      evaluations: r.evaluations,
    };
    const mine = quotes.filter((q) => q.method_id === r.method_id);
    const texts = (kind: Quote["kind"]) => mine.filter((q) => q.kind === kind).map((q) => q.text);
    return { ...base, quotes: { well: texts("WELL"), lessWell: texts("LESS_WELL"), transferable: texts("TRANSFERABLE") }, criteria: scoreMethod(base) };
  });
}
export type MethodComparison = Awaited<ReturnType<typeof compareMethods>>[number];

/** Server-side sort; methods without a value for the column go last either way. */
export function sortMethods(rows: MethodComparison[], column: SortColumn, direction: "asc" | "desc") {
  const sign = direction === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (column === "name") return sign * a.name.localeCompare(b.name, "nb");
    const x = a[column];
    const y = b[column];
    if (x == null && y == null) return a.name.localeCompare(b.name, "nb");
    if (x == null) return 1;
    if (y == null) return -1;
    return sign * (x - y) || a.name.localeCompare(b.name, "nb");
  });
}

/** The filter's choices: processes that have left draft, and the chosen process's target groups. */
export async function comparisonFilterOptions(slug: string) {
  const processes = await db.process.findMany({
    where: { status: { not: "DRAFT" } },
    orderBy: [{ title: "asc" }, { id: "asc" }],
    take: 100,
    select: { id: true, slug: true, title: true },
  });
  const process = processes.find((p) => p.slug === slug) ?? null;
  const groups = process
    ? await db.targetGroup.findMany({ where: { processId: process.id }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } })
    : [];
  return { processes, process, groups };
}
