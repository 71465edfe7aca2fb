// Facet counts under the current search. Each dimension's counts leave out its own selection,
// so several values of one dimension can be picked. Every count comes from this instance's
// in-memory facet index (facet-index/), exact for any combination of filters in milliseconds
// at a million inputs; while the index loads at server start, the same counts in SQL
// (sql-facet-counts.ts). With words, the index counts the inputs that match them — all of them
// when they are at most FACET_WINDOW, otherwise the newest FACET_WINDOW, and the page says so.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { countFacets } from "./facet-index/count";
import { fromIndexOrSql } from "./facet-index/sync";
import { emptySearchParams, FACET_KEYS, type FacetKey, type SearchParams } from "./params";
import { sqlFacetCounts } from "./sql-facet-counts";
import { newestMatches } from "./text-match";
import { resolveTextQuery } from "./text-query";
import { searchConditions, type TextQuery } from "./where";

export type FacetOption = { value: string; label: string; count: number };
/** `newestOnly`: the counts were taken among the newest this many matches of the words (null: every count is exact). */
export type Facets = Record<FacetKey, FacetOption[]> & { newestOnly: number | null };

/** Options shown per dimension (most frequent first); chosen values are always shown. */
export const MAX_OPTIONS = 30;

/**
 * With words, counts are taken among at most this many matches, the newest: a common word
 * matches a hundred thousand inputs, too many to list in time. Filters are applied to those
 * in memory, so every dimension's counts still leave out its own choice.
 */
export const FACET_WINDOW = 2_000;

type Counts = Map<string, number>;

/** The seqs of the inputs that match the words (and visibility), newest first; one more than the window tells "more". */
async function matchingSeqs(p: SearchParams, text: NonNullable<TextQuery>): Promise<number[]> {
  const conditions = searchConditions({ ...emptySearchParams(), synlighet: p.synlighet }, null);
  const matches = await newestMatches({ text, conditions, columns: Prisma.sql`i.seq, i.submitted_at, i.id`, limit: FACET_WINDOW + 1 });
  const rows = await db.$queryRaw<{ seq: number }[]>(Prisma.sql`SELECT m.seq FROM (${matches}) m ORDER BY m.submitted_at DESC, m.id`);
  return rows.map((r) => r.seq);
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
      return withProcess(
        (await db.targetGroup.findMany({ where, select: { id: true, name: true, process: { select: { title: true } } } })).map((r) => ({
          ...r,
          label: r.name,
        })),
      );
    case "fase":
      return withProcess(
        (await db.phase.findMany({ where, select: { id: true, title: true, process: { select: { title: true } } } })).map((r) => ({ ...r, label: r.title })),
      );
    case "aktivitet":
      return withProcess(
        (await db.activity.findMany({ where, select: { id: true, title: true, process: { select: { title: true } } } })).map((r) => ({ ...r, label: r.title })),
      );
    default:
      return new Map();
  }
}

async function toOptions(dim: FacetKey, counts: Counts, chosen: string[]): Promise<FacetOption[]> {
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, MAX_OPTIONS);
  for (const v of chosen) if (!top.some(([value]) => value === v)) top.push([v, counts.get(v) ?? 0]);
  const labels = await names(
    dim,
    top.map(([v]) => v),
  );
  const options = top.map(([value, count]) => ({ value, count, label: labels.get(value) ?? value }));
  if (dim === "maned") return options.sort((a, b) => b.value.localeCompare(a.value));
  if (labels.size > 0) return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, "nb"));
  return options;
}

/** Counts per value for every facet dimension; pass `text` from resolveTextQuery to share it. */
export async function facetCounts(p: SearchParams, resolved?: TextQuery): Promise<Facets> {
  const text = resolved !== undefined ? resolved : await resolveTextQuery(p);
  const seqs = text ? await matchingSeqs(p, text) : undefined;
  const windowed = seqs !== undefined && seqs.length > FACET_WINDOW;
  const candidates = windowed ? seqs.slice(0, FACET_WINDOW) : seqs;
  // While the index loads (server start), the same counts in SQL rather than a wait.
  const counts = await fromIndexOrSql(
    (store) => countFacets(store, p.facets, p.synlighet, candidates),
    () => sqlFacetCounts(p, candidates),
  );
  const options = await Promise.all(FACET_KEYS.map((k) => toOptions(k, counts[k] ?? new Map(), p.facets[k])));
  const facets = Object.fromEntries(FACET_KEYS.map((k, idx) => [k, options[idx]!])) as Record<FacetKey, FacetOption[]>;
  return { ...facets, newestOnly: windowed ? FACET_WINDOW : null };
}
