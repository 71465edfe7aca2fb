// The newest matches of a search's words, without reading every match. The words are prefixes;
// on the plain search_vector index a prefix gathers every match of every word before it can
// intersect them, and the newest N need a heap read of all of them. input_search_keys_idx
// (migration 20261206140000) holds '<30-day bucket>:<prefix>' keys instead, so one bucket's
// matches are an AND of exact keys. One statement asks the buckets newest first, in growing
// groups, each sorted, under one LIMIT: PostgreSQL stops at the first group that fills it, and
// the concatenation is exactly "the newest N matches" (groups are disjoint time ranges).
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { quote } from "./text-query";
import { whereSql, type TextQuery } from "./where";

/** Must equal the bucket width in input_search_keys() (migration 20261206140000). */
export const BUCKET_SECONDS = 2_592_000;
/** Keys hold prefixes of 3 to this many characters (or the whole, shorter lexeme). */
const KEY_MIN = 3;
const KEY_MAX = 64;
/**
 * Buckets per group, newest first: the first holds the bucket ahead of the clock, the current
 * and the last one; then 1, 2, 4, … Small steps: a group that overshoots reads rows for nothing,
 * and each group adds only a fraction of a millisecond of planning.
 */
const groupSize = (g: number) => (g === 0 ? 3 : 2 ** (g - 1));

export const bucketOf = (at: Date) => Math.floor(at.getTime() / 1000 / BUCKET_SECONDS);
const bucketStart = (b: number) => new Date(b * BUCKET_SECONDS * 1000);
const length = (w: string) => [...w].length; // characters, as PostgreSQL's length()

/** A word as a key of one bucket: the exact key when keys hold its length, else a prefix of keys. */
function keyTerm(bucket: number, w: string): string {
  const key = quote(`${bucket}:${w}`);
  return length(w) >= KEY_MIN ? key : `${key}:*`;
}

/** The tsquery over keys for some buckets: (the words in bucket a) | (the words in bucket b) | … */
export function keysTsquery(groups: string[][], buckets: number[]): string {
  const one = (b: number) => groups.map((g) => (g.length > 1 ? `(${g.map((w) => keyTerm(b, w)).join(" | ")})` : keyTerm(b, g[0]!))).join(" & ");
  return buckets.map((b) => (buckets.length > 1 ? `(${one(b)})` : one(b))).join(" | ");
}

// The span of submitted_at, kept a while: the bucket groups cover it. Inputs outside it (a new
// import of old inputs, a future date) are still found: the statement's first and last parts
// cover everything newer and older, gated on the live max and min so they cost nothing otherwise.
let span: { top: number; bottom: number; at: number } | null = null;
const SPAN_TTL_MS = 10 * 60 * 1000;

async function bucketSpan(): Promise<{ top: number; bottom: number } | null> {
  if (span && Date.now() - span.at < SPAN_TTL_MS) return span;
  const rows = await db.$queryRaw<{ min: Date | null; max: Date | null }[]>(Prisma.sql`SELECT min(submitted_at) AS min, max(submitted_at) AS max FROM input`);
  const { min, max } = rows[0] ?? { min: null, max: null };
  if (!min || !max) return null;
  // A bucket ahead of the clock too, so new inputs fall inside while the span is cached.
  span = { top: Math.max(bucketOf(max), bucketOf(new Date()) + 1), bottom: bucketOf(min), at: Date.now() };
  return span;
}

/** Forget the cached span (tests that move the clock or the data). */
export function forgetBucketSpan() {
  span = null;
}

type Options = {
  text: NonNullable<TextQuery>;
  /** Every other condition of the search (alias `i`). */
  conditions: Prisma.Sql[];
  /** The select list (alias `i`). */
  columns: Prisma.Sql;
  limit: number;
};

const newestFirst = Prisma.sql`ORDER BY i.submitted_at + interval '0' DESC, i.id ASC`; // `+ interval '0'`: sort the few, never walk the date index

/** The plain way: every match through the search_vector index (a word longer than the keys, or an empty table). */
function plainMatches({ text, conditions, columns, limit }: Options, extra: Prisma.Sql[] = []): Prisma.Sql {
  const where = whereSql([Prisma.sql`i.search_vector @@ to_tsquery('simple', ${text.tsquery})`, ...conditions, ...extra]);
  return Prisma.sql`(SELECT ${columns} FROM input i ${where} ${newestFirst} LIMIT ${limit})`;
}

/** A subquery of the newest `limit` matches of the words under the conditions, newest first (submitted_at desc, id asc). */
export async function newestMatches(o: Options): Promise<Prisma.Sql> {
  const span = o.text.groups.flat().some((w) => length(w) > KEY_MAX) ? null : await bucketSpan();
  if (!span) return Prisma.sql`SELECT * FROM ${plainMatches(o)} m`;
  const parts: Prisma.Sql[] = [
    plainMatches(o, [
      Prisma.sql`i.submitted_at >= ${bucketStart(span.top + 1)}`,
      Prisma.sql`(SELECT max(submitted_at) FROM input) >= ${bucketStart(span.top + 1)}`,
    ]),
  ];
  let top = span.top;
  for (let g = 0; top >= span.bottom; g++) {
    const buckets = Array.from({ length: Math.min(groupSize(g), top - span.bottom + 1) }, (_, k) => top - k);
    const keys = Prisma.sql`input_search_keys(i.search_vector, i.submitted_at) @@ ${keysTsquery(o.text.groups, buckets)}::tsquery`;
    parts.push(Prisma.sql`(SELECT ${o.columns} FROM input i ${whereSql([keys, ...o.conditions])} ${newestFirst} LIMIT ${o.limit})`);
    top -= buckets.length;
  }
  parts.push(
    plainMatches(o, [
      Prisma.sql`i.submitted_at < ${bucketStart(span.bottom)}`,
      Prisma.sql`(SELECT min(submitted_at) FROM input) < ${bucketStart(span.bottom)}`,
    ]),
  );
  return Prisma.sql`SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) m LIMIT ${o.limit}`;
}
