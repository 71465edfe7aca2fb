// Facet counts under the current search. Each dimension's counts leave out its own selection,
// so several values of one dimension can be picked. Cost at a million inputs: ONE grouping-sets
// query for every input column dimension that has no selection (their WHERE is the same), one
// query per selected column dimension, and one per join dimension (topics, plans).
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
const MONTH = "date_trunc('month', i.submitted_at AT TIME ZONE 'Europe/Oslo')";
const COLUMN_DIMS = {
  kategori: "i.category",
  kanal: "i.channel",
  sprak: "i.language",
  bydel: "i.district_id",
  malgruppe: "i.target_group_id",
  fase: "i.phase_id",
  aktivitet: "i.activity_id",
  maned: MONTH,
} as const satisfies Partial<Record<FacetKey, string>>;
const asText = (expr: string) => (expr === MONTH ? `to_char(${expr}, 'YYYY-MM')` : `${expr}::text`);
type ColumnDim = keyof typeof COLUMN_DIMS;
const COLUMN_KEYS = Object.keys(COLUMN_DIMS) as ColumnDim[];

type Counts = Map<string, number>;

async function groupedCounts(p: SearchParams, text: TextQuery, dims: ColumnDim[]): Promise<Map<ColumnDim, Counts>> {
  const out = new Map<ColumnDim, Counts>(dims.map((d) => [d, new Map()]));
  if (dims.length === 0) return out;
  const exprs = dims.map((d) => Prisma.raw(COLUMN_DIMS[d]));
  const rows = await db.$queryRaw<Record<string, string | number | null>[]>(Prisma.sql`
    SELECT ${Prisma.join(dims.map((d, k) => Prisma.sql`${Prisma.raw(asText(COLUMN_DIMS[d]))} AS v${Prisma.raw(String(k))}, GROUPING(${exprs[k]!}) AS g${Prisma.raw(String(k))}`))},
           count(*)::int AS n
    FROM input i ${whereSql(searchConditions(p, text))}
    GROUP BY GROUPING SETS (${Prisma.join(exprs.map((e) => Prisma.sql`(${e})`))})`);
  for (const row of rows) {
    const k = dims.findIndex((_, idx) => Number(row[`g${idx}`]) === 0);
    const value = row[`v${k}`];
    if (k >= 0 && value !== null && value !== undefined) out.get(dims[k]!)!.set(String(value), Number(row.n));
  }
  return out;
}

async function ownCounts(p: SearchParams, text: TextQuery, dim: ColumnDim): Promise<Counts> {
  const expr = Prisma.raw(COLUMN_DIMS[dim]);
  const rows = await db.$queryRaw<{ v: string | null; n: number }[]>(Prisma.sql`
    SELECT ${Prisma.raw(asText(COLUMN_DIMS[dim]))} AS v, count(*)::int AS n FROM input i ${whereSql(searchConditions(p, text, dim))} GROUP BY ${expr}`);
  return new Map(rows.filter((r) => r.v !== null).map((r) => [r.v!, r.n]));
}

/**
 * Topic/plan counts. With no condition but visibility, joining a million inputs is wasted work:
 * count the link table alone (index-only) and subtract the few hidden inputs' links.
 */
async function joinCounts(p: SearchParams, text: TextQuery, dim: "emne" | "plan"): Promise<Counts> {
  const [table, column] = dim === "emne" ? ["input_tag", "tag_id"] : ["input_thematic_plan", "thematic_plan_id"];
  const [t, c] = [Prisma.raw(table), Prisma.raw(column)];
  const toMap = (rows: { v: string; n: number }[]) => new Map(rows.map((r) => [r.v, r.n]));
  const unfiltered = !text && FACET_KEYS.every((k) => k === dim || p.facets[k].length === 0);
  if (!unfiltered) {
    return toMap(
      await db.$queryRaw<{ v: string; n: number }[]>(Prisma.sql`
        SELECT j.${c}::text AS v, count(*)::int AS n
        FROM ${t} j JOIN input i ON i.id = j.input_id
        ${whereSql(searchConditions(p, text, dim))}
        GROUP BY j.${c}`),
    );
  }
  const hidden = async () =>
    toMap(
      await db.$queryRaw<{ v: string; n: number }[]>(Prisma.sql`
        SELECT j.${c}::text AS v, count(*)::int AS n FROM input i JOIN ${t} j ON j.input_id = i.id WHERE i.is_hidden GROUP BY j.${c}`),
    );
  if (p.synlighet === "skjult") return hidden();
  const [all, minus] = await Promise.all([
    db.$queryRaw<{ v: string; n: number }[]>(Prisma.sql`SELECT ${c}::text AS v, count(*)::int AS n FROM ${t} GROUP BY ${c}`),
    p.synlighet === "synlige" ? hidden() : new Map<string, number>(),
  ]);
  return new Map(all.map((r) => [r.v, r.n - (minus.get(r.v) ?? 0)] as const).filter(([, n]) => n > 0));
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
  const selected = COLUMN_KEYS.filter((k) => p.facets[k].length > 0);
  const unselected = COLUMN_KEYS.filter((k) => p.facets[k].length === 0);
  const [grouped, own, topics, plans] = await Promise.all([
    groupedCounts(p, text, unselected),
    Promise.all(selected.map((k) => ownCounts(p, text, k))),
    joinCounts(p, text, "emne"),
    joinCounts(p, text, "plan"),
  ]);
  const counts = new Map<FacetKey, Counts>(grouped);
  selected.forEach((k, idx) => counts.set(k, own[idx]!));
  counts.set("emne", topics);
  counts.set("plan", plans);
  const keys = [...counts.keys()];
  const options = await Promise.all(keys.map((k) => toOptions(k, counts.get(k)!, p.facets[k])));
  return Object.fromEntries(keys.map((k, idx) => [k, options[idx]!])) as Facets;
}
