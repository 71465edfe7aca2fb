// The report's SQL: three aggregate passes over the scope's inputs, whatever their number.
// Counts never load rows; the quote pass ranks narrow columns and fetches text for a handful
// of inputs per category × topic only.
import { Prisma } from "@/generated/prisma/client";
import type { InputCategory } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { type ResolvedScope, scopeFrom } from "./scope";

/** Candidates fetched per category × topic; publicText() may still refuse some of them. */
export const QUOTE_CANDIDATES = 6;

export type Dimension = "total" | "category" | "targetGroup" | "district" | "channel" | "method" | "activity" | "process";

export type DimensionRow = { dim: Dimension; key: string | null; inputs: number; points: number; firstAt: Date | null; lastAt: Date | null };

const DIMENSIONS: [Dimension, string][] = [
  ["category", "category"],
  ["targetGroup", "target_group_id"],
  ["district", "district_id"],
  ["channel", "channel"],
  ["method", "method_id"],
  ["activity", "activity_id"],
  ["process", "process_id"],
];

type RawDimensionRow = { g: number; k: string | null; inputs: number; points: number; firstAt: Date | null; lastAt: Date | null };

/**
 * One pass, several groupings (GROUPING SETS are hashed side by side): the total, and the
 * counts per category, target group, district, channel, method, activity and process.
 * `points` leaves out duplicates (duplicate_of_id set): they count with their original.
 */
export async function dimensionCounts(db: Tx, scope: ResolvedScope): Promise<DimensionRow[]> {
  const cols = DIMENSIONS.map(([, c]) => Prisma.raw(`i.${c}`));
  // GROUPING(a, b, …) is a bit mask: bit set = column not grouped. Exactly one column is
  // grouped in each set but the total, so the mask names the dimension.
  const rows = await db.$queryRaw<RawDimensionRow[]>`
    SELECT GROUPING(${Prisma.join(cols)})::int AS g,
           COALESCE(${Prisma.join(cols.map((c) => Prisma.sql`${c}::text`))}) AS k,
           count(*)::int AS inputs, (count(*) FILTER (WHERE i.duplicate_of_id IS NULL))::int AS points,
           min(i.submitted_at) AS "firstAt", max(i.submitted_at) AS "lastAt"
      ${scopeFrom(scope)}
     GROUP BY GROUPING SETS ((), ${Prisma.join(cols.map((c) => Prisma.sql`(${c})`))})`;
  const all = (1 << DIMENSIONS.length) - 1;
  return rows.map((r) => {
    const index = DIMENSIONS.findIndex((_, i) => (all ^ r.g) === 1 << (DIMENSIONS.length - 1 - i));
    const dim = index < 0 ? "total" : DIMENSIONS[index]![0];
    return { dim, key: r.k, inputs: r.inputs, points: r.points, firstAt: r.firstAt, lastAt: r.lastAt };
  });
}

export type CategoryTopicRow = { category: InputCategory | null; topicId: string | null; inputs: number; points: number };

/** Inputs and distinct points per category × topic; an input with no topic counts under null. */
export function categoryTopicCounts(db: Tx, scope: ResolvedScope): Promise<CategoryTopicRow[]> {
  return db.$queryRaw<CategoryTopicRow[]>`
    SELECT i.category::text AS category, it.tag_id::text AS "topicId",
           count(*)::int AS inputs, (count(*) FILTER (WHERE i.duplicate_of_id IS NULL))::int AS points
      ${scopeFrom(scope, Prisma.sql`LEFT JOIN input_tag it ON it.input_id = i.id`)}
     GROUP BY 1, 2`;
}

export type QuoteRank = { id: string; category: InputCategory | null; topicId: string | null; mentions: number; submittedAt: Date; windowFull?: boolean };
export type QuoteText = { id: string; text: string; redactedText: string | null; flags: string[]; heldForReview: boolean; isHidden: boolean };

/** How many of the newest inputs are ranked for quotes before falling back to a full ranking. */
export const NEWEST_WINDOW = 20_000;
const NO_TOPIC = "00000000-0000-0000-0000-000000000000";

// Originals (not duplicates) that may be quotable: not held, and redacted or not flagged
// (publicText()'s rule). Only narrows the candidates — publicText() decides what is shown.
// Plain column tests, so Postgres estimates it well and can walk the submitted_at index.
const MAYBE_QUOTABLE = Prisma.sql`i.duplicate_of_id IS NULL AND NOT i.held_for_review AND (i.redacted_text IS NOT NULL OR i.flags = '{}')`;

/**
 * The representative inputs of each category × topic, best first: the most mentioned (1 +
 * duplicates of it in the scope), then the newest. Ranking every input would sort the whole
 * scope, so the ranked set is (a) every original that has duplicates — all candidates for
 * "most mentioned" — and (b) the newest NEWEST_WINDOW quotable originals, read in
 * submitted_at order from its index. For a group where that gives fewer than it could
 * have, `quoteRanksFor()` ranks just those groups in full. Narrow columns only; texts are
 * read afterwards for the few chosen ids.
 */
export function quoteRanks(db: Tx, scope: ResolvedScope, perGroup = QUOTE_CANDIDATES, window = NEWEST_WINDOW): Promise<QuoteRank[]> {
  return db.$queryRaw<QuoteRank[]>`
    WITH dup AS MATERIALIZED (
      SELECT i.duplicate_of_id AS id, count(*)::int AS n
        ${scopeFrom(scope)} AND i.duplicate_of_id IS NOT NULL
       GROUP BY 1
    ), newest AS MATERIALIZED (
      SELECT i.id, i.category, i.submitted_at
        ${scopeFrom(scope)} AND ${MAYBE_QUOTABLE}
       ORDER BY i.submitted_at DESC, i.id DESC
       LIMIT ${window}
    ), mentioned AS MATERIALIZED (
      SELECT i.id, i.category, i.submitted_at
        ${scopeFrom(scope, Prisma.sql`JOIN dup d ON d.id = i.id`)} AND ${MAYBE_QUOTABLE}
    ), cand AS (
      SELECT * FROM newest UNION SELECT * FROM mentioned
    ), ranked AS (
      SELECT c.id, c.category, it.tag_id, c.submitted_at, 1 + COALESCE(dup.n, 0) AS mentions,
             row_number() OVER (PARTITION BY c.category, it.tag_id ORDER BY COALESCE(dup.n, 0) DESC, c.submitted_at DESC, c.id DESC) AS rn
        FROM cand c LEFT JOIN input_tag it ON it.input_id = c.id LEFT JOIN dup ON dup.id = c.id
    )
    SELECT id::text AS id, category::text AS category, tag_id::text AS "topicId", mentions::int AS mentions, submitted_at AS "submittedAt",
           (SELECT count(*) FROM newest) >= ${window} AS "windowFull"
      FROM ranked WHERE rn <= ${perGroup}
     ORDER BY category NULLS LAST, tag_id NULLS LAST, rn`;
}

/** The same ranking over every input of the given category × topic groups (null topic = none). */
export function quoteRanksFor(db: Tx, scope: ResolvedScope, groups: { category: string | null; topicId: string | null }[], perGroup = QUOTE_CANDIDATES): Promise<QuoteRank[]> {
  if (groups.length === 0) return Promise.resolve([]);
  const cats = groups.map((g) => g.category ?? "");
  const topics = groups.map((g) => g.topicId ?? NO_TOPIC);
  return db.$queryRaw<QuoteRank[]>`
    WITH wanted AS (
      SELECT * FROM unnest(${cats}::text[], ${topics}::uuid[]) AS w(category, topic)
    ), dup AS MATERIALIZED (
      SELECT i.duplicate_of_id AS id, count(*)::int AS n
        ${scopeFrom(scope)} AND i.duplicate_of_id IS NOT NULL
       GROUP BY 1
    ), ranked AS (
      SELECT i.id, i.category, it.tag_id, i.submitted_at, 1 + COALESCE(dup.n, 0) AS mentions,
             row_number() OVER (PARTITION BY i.category, it.tag_id ORDER BY COALESCE(dup.n, 0) DESC, i.submitted_at DESC, i.id DESC) AS rn
        ${scopeFrom(scope, Prisma.sql`LEFT JOIN input_tag it ON it.input_id = i.id LEFT JOIN dup ON dup.id = i.id`)} AND ${MAYBE_QUOTABLE}
         AND (COALESCE(i.category::text, ''), COALESCE(it.tag_id, ${NO_TOPIC}::uuid)) IN (SELECT category, topic FROM wanted)
    )
    SELECT id::text AS id, category::text AS category, tag_id::text AS "topicId", mentions::int AS mentions, submitted_at AS "submittedAt"
      FROM ranked WHERE rn <= ${perGroup}
     ORDER BY category NULLS LAST, tag_id NULLS LAST, rn`;
}

/** What publicText() needs, for the chosen inputs only. */
export function quoteTexts(db: Tx, ids: string[]): Promise<QuoteText[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.$queryRaw<QuoteText[]>`
    SELECT i.id::text AS id, i.text, i.redacted_text AS "redactedText", i.flags, i.held_for_review AS "heldForReview", i.is_hidden AS "isHidden"
      FROM input i WHERE i.id = ANY(${ids}::uuid[])`;
}
