// The method comparison (issue #17 §2): per method, over its HELD activities in the filter
// (ended, not cancelled): activities, politicians with a place, politician-hours (from the
// evaluations), money and participants counted once per activity (as evaluations/activity-facts.ts
// defines them, read from the activity_fact roll-up the evaluations' triggers keep, with the
// agreed figures from the activity),
// inputs recorded at those activities (from the report_count roll-up), the ratios per
// politician-hour, target groups the evaluations say were reached (and how many of them
// prioritised), «would use again» with its n, and quotes. Five SQL queries, side by side, whatever the data size; sorting happens on the server.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { activityInputRows } from "../activity-inputs";
import { PRIORITISED_CELLS } from "../coverage";
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
type Facts = Omit<Row, "politicians" | "inputs" | "groups" | "prioritised">;
type PerMethod<K extends string> = { method_id: string } & Record<K, number>;
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
  // Five small queries side by side rather than one statement of five CTEs: PostgreSQL runs one
  // statement on one core, so at 10 000 activities the parts' 5 + 20 + 27 + 43 ms added up (and
  // came to p95 191 ms with the quotes at 1 000 000 inputs on an idle machine); apart, the page
  // waits for the slowest. Each part is an aggregate per method (≤ one row per method).
  const [facts, pols, inp, reach, quotes] = await Promise.all([
    // One roll-up row per evaluated activity (no row = no evaluations): the agreed figure where
    // the administration set one, else the median of the estimates.
    db.$queryRaw<Facts[]>`
      WITH scope AS (${scope})
      SELECT s.method_id::text AS method_id, m.name, count(*)::int AS held,
             coalesce(sum(f.preparation_hours + f.execution_hours), 0)::float8 AS hours,
             sum(coalesce(s.agreed_cost_nok, f.cost_median))::float8 AS cost,
             sum(coalesce(s.agreed_participants, f.participants_median))::float8 AS participants,
             coalesce(sum(f.evaluations), 0)::int AS evaluations,
             (sum(f.would_use_again_sum)::numeric / nullif(sum(f.evaluations), 0))::float8 AS would_use_again
        FROM scope s JOIN method m ON m.id = s.method_id LEFT JOIN activity_fact f ON f.activity_id = s.id
       GROUP BY s.method_id, m.name`,
    // Distinct pairs first (hashed), then counted: cheaper than count(DISTINCT …), which sorts.
    db.$queryRaw<PerMethod<"politicians">[]>`
      WITH scope AS (${scope})
      SELECT x.method_id::text AS method_id, count(*)::int AS politicians
        FROM (SELECT DISTINCT s.method_id, sg.user_id FROM scope s JOIN signup sg ON sg.activity_id = s.id AND sg.status = 'CONFIRMED') x GROUP BY 1`,
    // Inputs recorded at each activity (activity-inputs.ts).
    db.$queryRaw<PerMethod<"inputs">[]>`
      WITH scope AS (${scope}), r AS (${activityInputRows(processId)})
      SELECT s.method_id::text AS method_id, sum(r.n)::int AS inputs FROM scope s JOIN r ON r.activity_id = s.id GROUP BY 1`,
    db.$queryRaw<(PerMethod<"groups"> & { prioritised: number })[]>`
      WITH scope AS (${scope})
      SELECT x.method_id::text AS method_id, count(*)::int AS groups,
             count(*) FILTER (WHERE (tg.importance::text, tg.difficulty::text) IN (${Prisma.join(PRIORITISED_CELLS.map((c) => Prisma.sql`(${c.importance}, ${c.difficulty})`))}))::int AS prioritised
        FROM (SELECT DISTINCT s.method_id, etg.target_group_id
                FROM scope s JOIN method_evaluation e ON e.activity_id = s.id
                JOIN evaluation_target_group etg ON etg.evaluation_id = e.id) x
        JOIN target_group tg ON tg.id = x.target_group_id GROUP BY 1`,
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
  const byMethod = <T extends { method_id: string }>(list: T[]) => new Map(list.map((x) => [x.method_id, x]));
  const [polsOf, inputsOf, reachOf] = [byMethod(pols), byMethod(inp), byMethod(reach)];
  const rows: Row[] = facts.map((f) => ({
    ...f,
    politicians: polsOf.get(f.method_id)?.politicians ?? 0,
    inputs: inputsOf.get(f.method_id)?.inputs ?? 0,
    groups: reachOf.get(f.method_id)?.groups ?? 0,
    prioritised: reachOf.get(f.method_id)?.prioritised ?? 0,
  }));
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
