// The report's SQL. Counts come from report_count (kept exact by triggers, migration
// 20261125109000_report_speed): a few thousand rows per scope however many inputs there are;
// «nevnt av N» from report_mention (migration 20261208123000_report_mention).
// The direct GROUP BYs over the inputs below say what those counts mean (tests compare the two).
// The quote pass ranks narrow columns from an index and fetches text for a handful of inputs
// per category × topic only.
import { Prisma } from "@/generated/prisma/client";
import type { InputCategory } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { scopeFrom, type ResolvedScope } from "./scope";

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
 * Direct count (reference for the rollup): one pass, several groupings (GROUPING SETS are hashed side by side): the total, and the
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

/** Direct count (reference for the rollup): inputs and distinct points per category × topic; an input with no topic counts under null. */
export function categoryTopicCounts(db: Tx, scope: ResolvedScope): Promise<CategoryTopicRow[]> {
  return db.$queryRaw<CategoryTopicRow[]>`
    SELECT i.category::text AS category, it.tag_id::text AS "topicId",
           count(*)::int AS inputs, (count(*) FILTER (WHERE i.duplicate_of_id IS NULL))::int AS points
      ${scopeFrom(scope, Prisma.sql`LEFT JOIN input_tag it ON it.input_id = i.id`)}
     GROUP BY 1, 2`;
}

type RollupRow = { dim: string; key: string | null; processId: string; category: InputCategory | null; inputs: number; points: number; rows: number };

const ROLLUP_DIMS: Record<string, Dimension> = {
  category: "category",
  targetGroup: "targetGroup",
  district: "district",
  channel: "channel",
  method: "method",
  activity: "activity",
};

/** Delta rows summed for one scope above which report_count is worth folding (see rollupCounts). */
export const COMPACT_ABOVE = 5_000;

/**
 * Everything the report counts, summed from report_count: the same rows as dimensionCounts()
 * and categoryTopicCounts(), with the period's first and last input found exactly within
 * the first and last day that has any (an index range of one day). `needsCompaction` says
 * the triggers' deltas have piled up for this scope (the caller then compacts).
 */
export async function rollupCounts(db: Tx, scope: ResolvedScope): Promise<{ dims: DimensionRow[]; pairs: CategoryTopicRow[]; needsCompaction: boolean }> {
  const rows = await db.$queryRaw<RollupRow[]>`
    SELECT c.dim, c.key, c.process_id::text AS "processId", c.category::text AS category,
           sum(c.n)::int AS inputs, (sum(c.n) FILTER (WHERE c.original))::int AS points, count(*)::int AS rows
      FROM report_count c WHERE ${rollupScope(scope, "c")}
     GROUP BY 1, 2, 3, 4 HAVING sum(c.n) <> 0`;
  const dims = new Map<string, DimensionRow>();
  const add = (dim: Dimension, key: string | null, r: RollupRow) => {
    const id = `${dim}|${key}`;
    const d = dims.get(id) ?? { dim, key, inputs: 0, points: 0, firstAt: null, lastAt: null };
    d.inputs += r.inputs;
    d.points += r.points ?? 0;
    dims.set(id, d);
  };
  const pairs = new Map<string, CategoryTopicRow>();
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  for (const r of rows) {
    if (r.dim === "day") {
      // Every input has exactly one day: the days sum to the total and to each process.
      add("total", null, r);
      add("process", r.processId, r);
      if (r.key && (!firstDay || r.key < firstDay)) firstDay = r.key;
      if (r.key && (!lastDay || r.key > lastDay)) lastDay = r.key;
    } else if (r.dim === "topic") {
      const id = `${r.category}|${r.key}`;
      const p = pairs.get(id) ?? { category: r.category, topicId: r.key, inputs: 0, points: 0 };
      p.inputs += r.inputs;
      p.points += r.points ?? 0;
      pairs.set(id, p);
    } else if (ROLLUP_DIMS[r.dim]) add(ROLLUP_DIMS[r.dim]!, r.key, r);
  }
  const total = dims.get("total|null");
  if (total && firstDay && lastDay) {
    total.firstAt = await edgeOfDay(db, scope, firstDay, "first");
    total.lastAt = await edgeOfDay(db, scope, lastDay, "last");
  }
  // Groups whose deltas cancelled out (e.g. a process whose inputs were all hidden) are gone.
  const live = <T extends { inputs: number }>(xs: Iterable<T>) => [...xs].filter((x) => x.inputs !== 0);
  // Compacted, each group is one row (two with duplicates); many more means deltas piled up.
  const deltaRows = rows.reduce((n, r) => n + r.rows, 0);
  return { dims: live(dims.values()), pairs: live(pairs.values()), needsCompaction: deltaRows > Math.max(COMPACT_ABOVE, 3 * rows.length) };
}

/** A trigger-kept roll-up's rows of the scope (report_count, report_mention: same scope columns). */
function rollupScope(scope: ResolvedScope, alias: string): Prisma.Sql {
  const a = Prisma.raw(alias);
  const plan = scope.kind === "plan" ? Prisma.sql`${a}.thematic_plan_id = ${scope.plan.id}::uuid` : Prisma.sql`${a}.thematic_plan_id IS NULL`;
  const process = scope.process ? Prisma.sql`AND ${a}.process_id = ${scope.process.id}::uuid` : Prisma.empty;
  return Prisma.sql`${plan} ${process}`;
}

/**
 * «Nevnt av N» − 1 for every original that has any: how many visible inputs of the scope are
 * marked as its duplicate, summed from report_mention (kept exact by triggers, migration
 * 20261208123000_report_mention) — an index range of the scope, not a scan of its inputs.
 * The direct definition, which the tests compare it with: `SELECT i.duplicate_of_id, count(*)
 * FROM <the scope's inputs> i WHERE i.duplicate_of_id IS NOT NULL GROUP BY 1`.
 */
function mentionCounts(scope: ResolvedScope): Prisma.Sql {
  return Prisma.sql`
    SELECT m.original_id AS id, sum(m.n)::int AS n FROM report_mention m WHERE ${rollupScope(scope, "m")}
     GROUP BY 1 HAVING sum(m.n) > 0`;
}

/** mentionCounts() on its own (tests compare it with the direct definition). */
export async function scopeMentions(db: Tx, scope: ResolvedScope): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; n: number }[]>`SELECT x.id::text AS id, x.n FROM (${mentionCounts(scope)}) x`;
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** The first or last submitted_at of the scope within one UTC day (YYYY-MM-DD). */
async function edgeOfDay(db: Tx, scope: ResolvedScope, day: string, edge: "first" | "last"): Promise<Date | null> {
  const order = edge === "first" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const rows = await db.$queryRaw<{ at: Date }[]>`
    SELECT i.submitted_at AS at ${scopeFrom(scope)}
       AND i.submitted_at >= (${day}::date)::timestamp AT TIME ZONE 'UTC'
       AND i.submitted_at < (${day}::date + 1)::timestamp AT TIME ZONE 'UTC'
     ORDER BY i.submitted_at ${order} LIMIT 1`;
  return rows[0]?.at ?? null;
}

/** Folds report_count's deltas into one row per group (skipped while another session does it). */
export async function compactRollup(db: Tx): Promise<void> {
  await db.$executeRaw`SELECT report_count_compact()`;
}

export type QuoteRank = { id: string; category: InputCategory | null; topicId: string | null; mentions: number; submittedAt: Date; windowFull?: boolean };
export type QuoteText = { id: string; text: string; redactedText: string | null; flags: string[]; heldForReview: boolean; isHidden: boolean; language: string };

/** How many of the newest inputs are ranked for quotes before falling back to a full ranking. */
export const NEWEST_WINDOW = 20_000;
const NO_TOPIC = "00000000-0000-0000-0000-000000000000";

// Originals (not duplicates) that may be quotable: not held, and redacted or not flagged
// (publicText()'s rule). Only narrows the candidates — publicText() decides what is shown.
// Plain column tests, so Postgres estimates it well; with NOT is_hidden (in every scope) they
// match input_quotable_idx, which gives them newest first without visiting the table.
const MAYBE_QUOTABLE = Prisma.sql`i.duplicate_of_id IS NULL AND NOT i.held_for_review AND (i.redacted_text IS NOT NULL OR i.flags = '{}')`;

/**
 * The representative inputs of each category × topic, best first: the most mentioned (1 +
 * duplicates of it in the scope), then the newest. Ranking every input would sort the whole
 * scope, so the ranked set is (a) every original that has duplicates — all candidates for
 * "most mentioned" — and (b) the newest NEWEST_WINDOW quotable originals, read in
 * submitted_at order from its index. For a group where that gives fewer than it could
 * have, `newestQuotable()` fills in from the rest of the scope. Narrow columns only; texts are
 * read afterwards for the few chosen ids.
 */
export function quoteRanks(db: Tx, scope: ResolvedScope, perGroup = QUOTE_CANDIDATES, window = NEWEST_WINDOW): Promise<QuoteRank[]> {
  return db.$queryRaw<QuoteRank[]>`
    WITH dup AS MATERIALIZED (${mentionCounts(scope)}
    ), newest AS MATERIALIZED (
      SELECT i.id, i.category, i.submitted_at
        ${scopeFrom(scope)} AND ${MAYBE_QUOTABLE}
       ORDER BY i.submitted_at DESC, i.id DESC
       LIMIT ${window}
    ), mentioned AS MATERIALIZED (
      -- One primary-key probe per original with duplicates (LATERAL … OFFSET 0: never a hash
      -- join against every quotable input of the scope, which the planner picks when it
      -- overestimates dup).
      SELECT x.id, x.category, x.submitted_at
        FROM dup d CROSS JOIN LATERAL (SELECT i.id, i.category, i.submitted_at ${scopeFrom(scope)} AND i.id = d.id AND ${MAYBE_QUOTABLE} OFFSET 0) x
    ), cand AS (
      SELECT * FROM newest UNION SELECT * FROM mentioned
    ), ranked AS (
      SELECT c.id, c.category, it.tag_id, c.submitted_at, 1 + COALESCE(dup.n, 0) AS mentions,
             row_number() OVER (PARTITION BY c.category, it.tag_id ORDER BY COALESCE(dup.n, 0) DESC, c.submitted_at DESC, c.id DESC) AS rn
        -- LATERAL … OFFSET 0 (not flattened): a probe of input_tag's key per candidate, not a hash of every topic link.
        FROM cand c LEFT JOIN LATERAL (SELECT t.tag_id FROM input_tag t WHERE t.input_id = c.id OFFSET 0) it ON true LEFT JOIN dup ON dup.id = c.id
    )
    SELECT id::text AS id, category::text AS category, tag_id::text AS "topicId", mentions::int AS mentions, submitted_at AS "submittedAt",
           (SELECT count(*) FROM newest) >= ${window} AS "windowFull"
      FROM ranked WHERE rn <= ${perGroup}
     ORDER BY category NULLS LAST, tag_id NULLS LAST, rn`;
}

/**
 * The newest quotable originals of each given category × topic group (null topic = none),
 * over the whole scope: for groups the first pass left short. Each group walks
 * input_quotable_idx newest first (category is in the index, so other categories cost no
 * table visit) and stops at `perGroup`. Their mentions are 1: every original with duplicates
 * in the scope was in the first pass already, and a short group got all of its.
 */
export function newestQuotable(
  db: Tx,
  scope: ResolvedScope,
  groups: { category: string | null; topicId: string | null }[],
  perGroup = QUOTE_CANDIDATES,
): Promise<QuoteRank[]> {
  if (groups.length === 0) return Promise.resolve([]);
  const cats = groups.map((g) => g.category ?? "");
  const topics = groups.map((g) => g.topicId ?? NO_TOPIC);
  return db.$queryRaw<QuoteRank[]>`
    SELECT x.id::text AS id, NULLIF(w.category, '') AS category, NULLIF(w.topic, ${NO_TOPIC}::uuid)::text AS "topicId", 1 AS mentions, x.submitted_at AS "submittedAt"
      FROM unnest(${cats}::text[], ${topics}::uuid[]) AS w(category, topic)
     CROSS JOIN LATERAL (
       SELECT i.id, i.submitted_at ${scopeFrom(scope)} AND ${MAYBE_QUOTABLE}
          AND COALESCE(i.category::text, '') = w.category
          AND CASE WHEN w.topic = ${NO_TOPIC}::uuid THEN NOT EXISTS (SELECT 1 FROM input_tag t WHERE t.input_id = i.id)
                   ELSE EXISTS (SELECT 1 FROM input_tag t WHERE t.input_id = i.id AND t.tag_id = w.topic) END
        ORDER BY i.submitted_at DESC, i.id DESC
        LIMIT ${perGroup}
     ) x`;
}

/** What publicText() needs, for the chosen inputs only. */
export function quoteTexts(db: Tx, ids: string[]): Promise<QuoteText[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return db.$queryRaw<QuoteText[]>`
    SELECT i.id::text AS id, i.text, i.redacted_text AS "redactedText", i.flags, i.held_for_review AS "heldForReview", i.is_hidden AS "isHidden",
           i.language::text AS language
      FROM input i WHERE i.id = ANY(${ids}::uuid[])`;
}
