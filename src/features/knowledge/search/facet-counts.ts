// Facet counts under the current search. Each dimension's counts leave out its own selection,
// so several values of one dimension can be picked. Cost at a million inputs:
// - counts with no condition but visibility come from `facet_count` (kept exact by triggers,
//   see migration 20261125108000_search_speed): every dimension without a filter or words, and a
//   dimension's own counts when it is the only one chosen;
// - otherwise ONE query for the shared conditions (every unselected column dimension in one
//   grouping-sets pass, topics and plans joined from the same matching inputs), plus one per
//   selected dimension (its own counts leave its choice out). Each runs with more work_mem so
//   every grouping is hashed in memory instead of sorted on disk.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { FACET_KEYS, type FacetKey, type SearchParams } from "./params";
import { resolveTextQuery } from "./text-query";
import { type TextQuery, searchConditions, whereSql } from "./where";

export type FacetOption = { value: string; label: string; count: number };
export type Facets = Record<FacetKey, FacetOption[]>;

/** Options shown per dimension (most frequent first); chosen values are always shown. */
export const MAX_OPTIONS = 30;

// Fixed SQL text (no parameters), so the same expression can appear in SELECT and GROUP BY.
// Months group by date_trunc (cheap per row) and are formatted once per group.
const MONTH = "date_trunc('month', s.submitted_at AT TIME ZONE 'Europe/Oslo')";
const COLUMN_DIMS = {
  kategori: "s.category",
  kanal: "s.channel",
  sprak: "s.language",
  bydel: "s.district_id",
  malgruppe: "s.target_group_id",
  fase: "s.phase_id",
  aktivitet: "s.activity_id",
  maned: MONTH,
} as const satisfies Partial<Record<FacetKey, string>>;
const asText = (expr: string) => (expr === MONTH ? `to_char(${expr}, 'YYYY-MM')` : `${expr}::text`);
type ColumnDim = keyof typeof COLUMN_DIMS;
const isColumnDim = (k: FacetKey): k is ColumnDim => k in COLUMN_DIMS;
const LINKS = { emne: ["input_tag", "tag_id"], plan: ["input_thematic_plan", "thematic_plan_id"] } as const;
/** The columns the counts read: all in the covering index input_facets_idx. */
const FACET_COLUMNS = Prisma.raw("i.id, i.category, i.channel, i.language, i.district_id, i.target_group_id, i.phase_id, i.activity_id, i.submitted_at");

type Counts = Map<string, number>;
type Row = { d: string; v: string | null; n: number };

/** Runs a counting query with enough work_mem to hash every grouping (SET LOCAL needs its own transaction). */
async function counted(sql: Prisma.Sql): Promise<Row[]> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SET LOCAL work_mem = '64MB'`;
      return tx.$queryRaw<Row[]>(sql);
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** Counts per dimension under `conditions`: the column dimensions in one grouping-sets pass, topics/plans by joining the same inputs. */
async function filteredCounts(conditions: Prisma.Sql[], dims: FacetKey[]): Promise<Map<FacetKey, Counts>> {
  const out = new Map<FacetKey, Counts>(dims.map((d) => [d, new Map()]));
  const columns = dims.filter(isColumnDim);
  const parts: Prisma.Sql[] = [];
  if (columns.length) {
    const exprs = columns.map((d) => Prisma.raw(COLUMN_DIMS[d]));
    // GROUPING() tells which set a row belongs to: bit k (from the right) is 0 for dimension k.
    const which = Prisma.raw(`GROUPING(${columns.map((d) => COLUMN_DIMS[d]).join(", ")})`);
    const value = Prisma.raw(`COALESCE(${columns.map((d) => asText(COLUMN_DIMS[d])).join(", ")})`);
    parts.push(Prisma.sql`SELECT ${which}::text AS d, ${value} AS v, count(*)::int AS n FROM s GROUP BY GROUPING SETS (${Prisma.join(exprs.map((e) => Prisma.sql`(${e})`))})`);
  }
  for (const dim of ["emne", "plan"] as const) {
    if (!dims.includes(dim)) continue;
    const [table, column] = LINKS[dim].map((x) => Prisma.raw(x));
    parts.push(Prisma.sql`SELECT ${dim} AS d, j.${column}::text AS v, count(*)::int AS n FROM s JOIN ${table} j ON j.input_id = s.id GROUP BY j.${column}`);
  }
  const rows = await counted(Prisma.sql`
    WITH s AS MATERIALIZED (SELECT ${FACET_COLUMNS} FROM input i ${whereSql(conditions)})
    ${Prisma.join(parts, " UNION ALL ")}`);
  for (const r of rows) {
    if (r.v === null) continue;
    let dim: FacetKey | undefined = r.d === "emne" || r.d === "plan" ? r.d : undefined;
    if (!dim) {
      const bits = Number(r.d);
      dim = columns.find((_, k) => ((bits >> (columns.length - 1 - k)) & 1) === 0);
    }
    if (dim) out.get(dim)!.set(r.v, r.n);
  }
  return out;
}

/** Counts with no condition but visibility, from the trigger-kept facet_count table. */
async function summaryCounts(p: SearchParams): Promise<Map<FacetKey, Counts>> {
  const hidden = p.synlighet === "synlige" ? [false] : p.synlighet === "skjult" ? [true] : [false, true];
  const rows = await db.$queryRaw<{ d: string; v: string; n: number; deltas: number }[]>(Prisma.sql`
    SELECT dimension AS d, value AS v, sum(n)::int AS n, count(*)::int AS deltas
    FROM facet_count WHERE hidden = ANY(${hidden}::boolean[]) GROUP BY dimension, value`);
  const out = new Map<FacetKey, Counts>(FACET_KEYS.map((k) => [k, new Map()]));
  let deltas = 0;
  for (const r of rows) {
    deltas += r.deltas;
    if (r.n > 0) out.get(r.d as FacetKey)?.set(r.v, r.n);
  }
  // Triggers append +1/-1 rows; fold them when they outnumber the counts (cheap, and exact either way).
  if (deltas > 4 * rows.length + 1_000) await db.$executeRaw`SELECT facet_count_compact()`;
  return out;
}

/** Display names for the id dimensions (one small query per table, only for the ids shown). */
async function names(dim: FacetKey, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const where = { id: { in: ids } };
  const withProcess = (rows: { id: string; label: string; process: { title: string } }[]) =>
    new Map(rows.map((r) => [r.id, `${r.label} (${r.process.title})`]));
  switch (dim) {
    case "bydel":
      return new Map((await db.district.findMany({ where, select: { id: true, name: true } })).map((r) => [r.id, r.name]));
    case "emne":
      return new Map((await db.tag.findMany({ where, select: { id: true, name: true } })).map((r) => [r.id, r.name]));
    case "plan":
      return new Map((await db.thematicPlan.findMany({ where, select: { id: true, name: true } })).map((r) => [r.id, r.name]));
    case "malgruppe":
      return withProcess((await db.targetGroup.findMany({ where, select: { id: true, name: true, process: { select: { title: true } } } })).map((r) => ({ ...r, label: r.name })));
    case "fase":
      return withProcess((await db.phase.findMany({ where, select: { id: true, title: true, process: { select: { title: true } } } })).map((r) => ({ ...r, label: r.title })));
    case "aktivitet":
      return withProcess((await db.activity.findMany({ where, select: { id: true, title: true, process: { select: { title: true } } } })).map((r) => ({ ...r, label: r.title })));
    default:
      return new Map();
  }
}

async function toOptions(dim: FacetKey, counts: Counts, chosen: string[]): Promise<FacetOption[]> {
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_OPTIONS);
  for (const v of chosen) if (!top.some(([value]) => value === v)) top.push([v, counts.get(v) ?? 0]);
  const labels = await names(dim, top.map(([v]) => v));
  const options = top.map(([value, count]) => ({ value, count, label: labels.get(value) ?? value }));
  if (dim === "maned") return options.sort((a, b) => b.value.localeCompare(a.value));
  if (labels.size > 0) return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "nb"));
  return options;
}

/** Counts per value for every facet dimension; pass `text` from resolveTextQuery to share it. */
export async function facetCounts(p: SearchParams, resolved?: TextQuery): Promise<Facets> {
  const text = resolved !== undefined ? resolved : await resolveTextQuery(p);
  const selected = FACET_KEYS.filter((k) => p.facets[k].length > 0);
  // A dimension's counts need the conditions of every OTHER chosen dimension (and the words).
  const unconditioned = (k: FacetKey) => !text && selected.every((s) => s === k);
  const fromSummary = FACET_KEYS.filter(unconditioned);
  const shared = FACET_KEYS.filter((k) => !unconditioned(k) && !selected.includes(k));
  const own = selected.filter((k) => !unconditioned(k));
  const parts = await Promise.all([
    fromSummary.length ? summaryCounts(p) : new Map<FacetKey, Counts>(),
    shared.length ? filteredCounts(searchConditions(p, text), shared) : new Map<FacetKey, Counts>(),
    ...own.map((k) => filteredCounts(searchConditions(p, text, k), [k])),
  ]);
  const counts = new Map<FacetKey, Counts>();
  for (const k of fromSummary) counts.set(k, parts[0]!.get(k) ?? new Map());
  for (const k of shared) counts.set(k, parts[1]!.get(k) ?? new Map());
  own.forEach((k, idx) => counts.set(k, parts[2 + idx]!.get(k) ?? new Map()));
  const options = await Promise.all(FACET_KEYS.map((k) => toOptions(k, counts.get(k) ?? new Map(), p.facets[k])));
  return Object.fromEntries(FACET_KEYS.map((k, idx) => [k, options[idx]!])) as Facets;
}
