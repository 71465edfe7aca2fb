// One page of search results: ranked by ts_rank_cd over the lemma tsvector when there are
// words, newest first when there are only filters. Keyset pagination (never OFFSET), then one
// query for the page's details (topics and plans as arrays), and snippets computed in the app.
import { Prisma } from "@/generated/prisma/client";
import type { InputCategory, InputChannel, InputLanguage } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor } from "./cursor";
import type { SearchParams } from "./params";
import { buildSnippet, type Snippet } from "./snippet";
import { newestMatches } from "./text-match";
import { FEW_HITS, resolveTextQuery, widenTextQuery } from "./text-query";
import { searchConditions, whereSql, type TextQuery } from "./where";

export const SEARCH_PAGE_SIZE = 20;

type Detail = {
  id: string;
  text: string;
  category: InputCategory | null;
  channel: InputChannel;
  language: InputLanguage;
  submittedAt: Date;
  isHidden: boolean;
  /** Screened on arrival and not yet reviewed: never quoted until an admin approves it. */
  heldForReview: boolean;
  process: { title: string };
  district: { name: string } | null;
  topics: string[];
  plans: string[];
};

export type SearchHit = Omit<Detail, "text"> & { rank: number | null; snippet: Snippet };
export type SearchPage = { rows: SearchHit[]; next?: string; text: TextQuery };

/** A page's details in one query (names of topics and plans in name order). */
async function details(ids: string[]): Promise<Map<string, Detail>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<(Omit<Detail, "process" | "district"> & { processTitle: string; districtName: string | null })[]>(Prisma.sql`
    SELECT i.id, i.text, i.category, i.channel, i.language, i.submitted_at AS "submittedAt", i.is_hidden AS "isHidden", i.held_for_review AS "heldForReview",
           p.title AS "processTitle", d.name AS "districtName",
           ARRAY(SELECT t.name FROM input_tag it JOIN tag t ON t.id = it.tag_id WHERE it.input_id = i.id ORDER BY t.name) AS topics,
           ARRAY(SELECT tp.name FROM input_thematic_plan ip JOIN thematic_plan tp ON tp.id = ip.thematic_plan_id WHERE ip.input_id = i.id ORDER BY tp.name) AS plans
    FROM input i JOIN process p ON p.id = i.process_id LEFT JOIN district d ON d.id = i.district_id
    WHERE i.id = ANY(${ids}::uuid[])`);
  return new Map(
    rows.map(({ processTitle, districtName, ...r }) => [
      r.id,
      { ...r, process: { title: processTitle }, district: districtName === null ? null : { name: districtName } },
    ]),
  );
}

type KeyRow = { id: string; rank: number | null; submitted_at: Date };

/**
 * Ranking reads every candidate's tsvector, so a very common word (a fifth of a million inputs)
 * would rank hundreds of thousands of rows for one page. Candidates are therefore the newest
 * RANK_CANDIDATES matches, ranked among themselves; deterministic, so pages are stable.
 * Two ways to find them, the same rows either way:
 * - common words: walk the date index newest first, testing each row, and stop at the window.
 *   The walk is bounded (a few times the rows the estimate needs), so a word rarer than it looked cannot scan a million
 *   rows; when the bounded walk does not fill the window, the second way runs.
 * - other words: the search keys find the newest matches bucket by bucket (text-match.ts).
 * Either way the candidates carry their tsvectors into the ranking: one statement per page.
 */
export const RANK_CANDIDATES = 1_000;
/**
 * Walk the date index when the statistics put the words in at least this share of inputs:
 * the walk reads about RANK_CANDIDATES / share rows, the first bucket group about share × the
 * inputs of two months. At a million inputs in a year they cost the same near 8 % (measured:
 * a 5.6 % word 40 ms walking, 25 ms by keys; an 8.6 % word 26 ms walking, 31 ms by keys).
 */
const COMMON_SHARE = 0.08;
/** The walk gives up after three times the rows the estimate needs (never more than this many). */
const MAX_WALK = 100_000;

const candidateOrder = Prisma.sql`ORDER BY submitted_at DESC, id ASC`; // the (submitted_at desc, id) index order

// Every column a search condition reads (see where.ts).
const WALK_COLUMNS = Prisma.raw(
  ["id", "submitted_at", "search_vector", "is_hidden", "category", "channel", "language", "district_id", "target_group_id", "phase_id", "activity_id"]
    .map((c) => `i.${c}`)
    .join(", "),
);

/** The newest RANK_CANDIDATES matches with their tsvectors, found by walking the date index (bounded). */
function walkCandidates(p: SearchParams, text: NonNullable<TextQuery>, share: number): Prisma.Sql {
  const limit = Math.min(MAX_WALK, Math.ceil((3 * RANK_CANDIDATES) / share));
  return Prisma.sql`
    SELECT i.id, i.submitted_at, i.search_vector FROM (
      SELECT ${WALK_COLUMNS} FROM input i ORDER BY i.submitted_at DESC, i.id ASC LIMIT ${limit}
    ) i ${whereSql(searchConditions(p, text))}
    ${candidateOrder} LIMIT ${RANK_CANDIDATES}`;
}

/** The same rows found through the search keys, newest buckets first (text-match.ts). */
function indexedCandidates(p: SearchParams, text: NonNullable<TextQuery>): Promise<Prisma.Sql> {
  return newestMatches({ text, conditions: searchConditions(p, null), columns: Prisma.sql`i.id, i.submitted_at, i.search_vector`, limit: RANK_CANDIDATES });
}

// pg_stats changes only when the table is analysed: keep each answer for a while (saves a round trip).
const shares = new Map<string, { share: number; at: number }>();
const SHARE_TTL_MS = 10 * 60 * 1000;

/** The statistics' share of inputs with every word (a word's share: its most common lexemes beginning with the lemma). */
async function estimatedShare(text: NonNullable<TextQuery>): Promise<number> {
  if (text.expansions.length > 0) return 0;
  const known = shares.get(text.tsquery);
  if (known && Date.now() - known.at < SHARE_TTL_MS) return known.share;
  const share = await statisticsShare(text);
  if (shares.size >= 1_000) shares.clear();
  shares.set(text.tsquery, { share, at: Date.now() });
  return share;
}

async function statisticsShare(text: NonNullable<TextQuery>): Promise<number> {
  const rows = await db.$queryRaw<{ share: number | null }[]>(Prisma.sql`
    SELECT exp(sum(ln(greatest(share, 1e-9))))::float8 AS share FROM (
      SELECT w, (SELECT coalesce(sum(f), 0) FROM unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(v, f) WHERE left(e.v, length(w)) = w) AS share
      FROM unnest(${text.lemmas}::text[]) AS w, pg_stats s
      WHERE s.schemaname = current_schema() AND s.tablename = 'input' AND s.attname = 'search_vector'
    ) x`);
  return rows[0]?.share ?? 0;
}

/** One page ranked among the candidates, in one statement (the candidates carry their tsvectors, so nothing is read twice). */
async function rankedPage(candidates: Prisma.Sql, text: NonNullable<TextQuery>, after: SearchCursor | undefined) {
  const afterSql =
    after && "rank" in after ? Prisma.sql`WHERE s.rank < ${after.rank}::real OR (s.rank = ${after.rank}::real AND s.id > ${after.id}::uuid)` : Prisma.empty;
  return db.$queryRaw<(KeyRow & { candidates: number })[]>(Prisma.sql`
    SELECT s.id, s.rank, s.submitted_at, s.candidates FROM (
      SELECT c.id, c.submitted_at, ts_rank_cd(c.search_vector, to_tsquery('simple', ${text.tsquery})) AS rank, count(*) OVER ()::int AS candidates
      FROM (${candidates}) c
    ) s ${afterSql}
    ORDER BY s.rank DESC, s.id ASC
    LIMIT ${SEARCH_PAGE_SIZE + 1}`);
}

async function rankedIds(p: SearchParams, text: NonNullable<TextQuery>, after: SearchCursor | undefined): Promise<KeyRow[]> {
  const share = await estimatedShare(text);
  if (share >= COMMON_SHARE) {
    const walked = await rankedPage(walkCandidates(p, text, share), text, after);
    // A full window is the newest RANK_CANDIDATES matches, as the index would give; otherwise ask the index.
    if (walked[0]?.candidates === RANK_CANDIDATES) return walked;
  }
  return rankedPage(await indexedCandidates(p, text), text, after);
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

  const byId = await details(page.map((k) => k.id));
  const rows = page.flatMap((k) => {
    const d = byId.get(k.id);
    if (!d) return [];
    const { text: body, ...rest } = d;
    return [{ ...rest, rank: k.rank, snippet: buildSnippet(body, text?.lemmas ?? [], text?.expansions ?? []) }];
  });
  return { rows, next, text };
}

/** Counts are exact up to this; beyond it the page says "over 10 000" (counting every match of a common word is slow). */
export const COUNT_CAP = 10_000;

/** How many inputs the search finds in all, exactly up to COUNT_CAP; COUNT_CAP + 1 means "more than COUNT_CAP". */
export async function countInputs(p: SearchParams, resolved?: TextQuery): Promise<number> {
  const text = resolved !== undefined ? resolved : await resolveTextQuery(p);
  const matches = text
    ? await newestMatches({ text, conditions: searchConditions(p, null), columns: Prisma.sql`i.id, i.submitted_at`, limit: COUNT_CAP + 1 })
    : Prisma.sql`SELECT 1 FROM input i ${whereSql(searchConditions(p, null))} LIMIT ${COUNT_CAP + 1}`;
  const rows = await db.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*)::int AS n FROM (${matches}) x`);
  return rows[0]?.n ?? 0;
}
