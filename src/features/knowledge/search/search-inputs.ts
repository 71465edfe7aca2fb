// One page of search results: ranked by ts_rank_cd over the lemma tsvector when there are
// words, newest first when there are only filters. Keyset pagination (never OFFSET), then one
// query for the page's details, and snippets computed in the app.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { type SearchCursor, decodeSearchCursor, encodeSearchCursor } from "./cursor";
import type { SearchParams } from "./params";
import { type Snippet, buildSnippet } from "./snippet";
import { FEW_HITS, resolveTextQuery, widenTextQuery } from "./text-query";
import { type TextQuery, searchConditions, whereSql } from "./where";

export const SEARCH_PAGE_SIZE = 20;

const detailSelect = {
  id: true,
  text: true,
  category: true,
  channel: true,
  language: true,
  submittedAt: true,
  isHidden: true,
  process: { select: { title: true } },
  district: { select: { name: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
  thematicPlans: { select: { thematicPlan: { select: { name: true } } }, orderBy: { thematicPlan: { name: "asc" } } },
} satisfies Prisma.InputSelect;
type Detail = Prisma.InputGetPayload<{ select: typeof detailSelect }>;

export type SearchHit = Omit<Detail, "tags" | "thematicPlans" | "text"> & {
  rank: number | null;
  snippet: Snippet;
  topics: string[];
  plans: string[];
};
export type SearchPage = { rows: SearchHit[]; next?: string; text: TextQuery };

type KeyRow = { id: string; rank: number | null; submitted_at: Date };

/**
 * Ranking reads every candidate's tsvector, so a very common word (a fifth of a million inputs)
 * would rank hundreds of thousands of rows for one page. Candidates are therefore the newest
 * RANK_CANDIDATES matches, ranked among themselves; the count still covers every match. The
 * `+ interval '0'` keeps the planner on the GIN index: walking the date index "until enough
 * match" scans everything when a word is rarer than estimated. Deterministic, so pages are stable.
 */
export const RANK_CANDIDATES = 5_000;

async function rankedIds(p: SearchParams, text: NonNullable<TextQuery>, after: SearchCursor | undefined) {
  const conditions = searchConditions(p, text);
  const afterSql =
    after && "rank" in after
      ? Prisma.sql`WHERE s.rank < ${after.rank}::real OR (s.rank = ${after.rank}::real AND s.id > ${after.id}::uuid)`
      : Prisma.empty;
  return db.$queryRaw<KeyRow[]>(Prisma.sql`
    SELECT s.id, s.rank, s.submitted_at FROM (
      SELECT c.id, c.submitted_at, ts_rank_cd(c.search_vector, to_tsquery('simple', ${text.tsquery})) AS rank
      FROM (
        SELECT i.id, i.submitted_at, i.search_vector FROM input i ${whereSql(conditions)}
        ORDER BY i.submitted_at + interval '0' DESC, i.id DESC LIMIT ${RANK_CANDIDATES}
      ) c
    ) s ${afterSql}
    ORDER BY s.rank DESC, s.id ASC
    LIMIT ${SEARCH_PAGE_SIZE + 1}`);
}

async function newestIds(p: SearchParams, after: SearchCursor | undefined) {
  const conditions = searchConditions(p, null);
  if (after && "submittedAt" in after) {
    conditions.push(Prisma.sql`(i.submitted_at, i.id) < (${after.submittedAt}, ${after.id}::uuid)`);
  }
  return db.$queryRaw<KeyRow[]>(Prisma.sql`
    SELECT i.id, NULL::real AS rank, i.submitted_at FROM input i ${whereSql(conditions)}
    ORDER BY i.submitted_at DESC, i.id DESC
    LIMIT ${SEARCH_PAGE_SIZE + 1}`);
}

/** One page of results; pass `text` from resolveTextQuery, and share the returned `text` with the counts. */
export async function searchInputs(p: SearchParams, resolved?: TextQuery): Promise<SearchPage> {
  const after = decodeSearchCursor(p.etter);
  let text = resolved !== undefined && !after?.wide ? resolved : await resolveTextQuery(p, after?.wide);
  let keys = text ? await rankedIds(p, text, after) : await newestIds(p, after);
  // Almost nothing found: probably a typo in a word that exists elsewhere; widen and rerun.
  if (text && !after && keys.length < FEW_HITS && text.expansions.length === 0) {
    const wider = await widenTextQuery(text);
    if (wider.expansions.length > 0) {
      text = wider;
      keys = await rankedIds(p, text, after);
    }
  }
  const wide = text !== null && text.expansions.length > 0;
  const page = keys.slice(0, SEARCH_PAGE_SIZE);
  const last = page.at(-1);
  const next =
    keys.length > SEARCH_PAGE_SIZE && last
      ? encodeSearchCursor(text ? { rank: last.rank ?? 0, id: last.id, wide } : { submittedAt: last.submitted_at, id: last.id })
      : undefined;

  const details = page.length ? await db.input.findMany({ where: { id: { in: page.map((k) => k.id) } }, select: detailSelect }) : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const rows = page.flatMap((k) => {
    const d = byId.get(k.id);
    if (!d) return [];
    const { tags, thematicPlans, text: body, ...rest } = d;
    return [
      {
        ...rest,
        rank: k.rank,
        snippet: buildSnippet(body, text?.lemmas ?? [], text?.expansions ?? []),
        topics: tags.map((t) => t.tag.name),
        plans: thematicPlans.map((t) => t.thematicPlan.name),
      },
    ];
  });
  return { rows, next, text };
}

/** How many inputs the search finds in all. */
export async function countInputs(p: SearchParams, resolved?: TextQuery): Promise<number> {
  const text = resolved !== undefined ? resolved : await resolveTextQuery(p);
  const rows = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM input i ${whereSql(searchConditions(p, text))}`);
  return rows[0]?.n ?? 0;
}
