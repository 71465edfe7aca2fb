// Similar inputs for one input. Candidates come from full text (the GIN index over
// search_vector): inputs in the same process sharing at least two of this input's most
// informative lemmas, at most 2 000 matches ranked, the best 50 kept. Then the same scorer as
// the offline duplicate finder sorts them into near-duplicates and same-point rewordings.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { DUPLICATE_THRESHOLD, features, idfFrom, likeness } from "./score";

const CANDIDATES = 50;
const MATCH_CAP = 2000;
const QUERY_LEMMAS = 8;
/** Shown for a person to judge (a little below the automatic threshold). */
export const SIMILAR_DISPLAY_THRESHOLD = 0.4;
const SHOWN_PER_KIND = 10;

export type SimilarInput = {
  id: string;
  receiptCode: string;
  text: string;
  score: number;
  duplicateOfId: string | null;
  mentionedBy: number;
};

export type SimilarInputsResult = {
  input: { id: string; processId: string; duplicateOf: { id: string; receiptCode: string; mentionedBy: number } | null; mentionedBy: number };
  nearDuplicates: SimilarInput[];
  samePoint: SimilarInput[];
};

/** Long lemmas are rarer and say more; words with digits are mostly numbers. */
function queryLemmas(searchLemmas: string): string[] {
  const distinct = [...new Set(searchLemmas.split(" ").filter((l) => l.length >= 3 && !/\d/.test(l) && /^[\p{L}]+$/u.test(l)))];
  return distinct.sort((a, b) => b.length - a.length || a.localeCompare(b)).slice(0, QUERY_LEMMAS);
}

/** "(a & b) | (a & c) | …": at least two shared lemmas, each pair answered by the GIN index. */
function pairQuery(ls: string[]): string {
  if (ls.length === 1) return ls[0]!;
  const pairs: string[] = [];
  for (let i = 0; i < ls.length; i++) for (let j = i + 1; j < ls.length; j++) pairs.push(`(${ls[i]} & ${ls[j]})`);
  return pairs.join(" | ");
}

async function mentionCounts(ids: string[]): Promise<Map<string, number>> {
  if (!ids.length) return new Map();
  const rows = await db.input.groupBy({ by: ["duplicateOfId"], where: { duplicateOfId: { in: ids } }, _count: { _all: true } });
  return new Map(rows.map((r) => [r.duplicateOfId!, r._count._all + 1]));
}

export async function similarInputs(inputId: string): Promise<SimilarInputsResult | null> {
  const input = await db.input.findUnique({
    where: { id: inputId },
    select: { id: true, processId: true, text: true, searchLemmas: true, duplicateOf: { select: { id: true, receiptCode: true } } },
  });
  if (!input) return null;
  const ls = queryLemmas(input.searchLemmas);
  type Candidate = { id: string; receipt_code: string; text: string; duplicate_of_id: string | null };
  const candidates = ls.length
    ? await db.$queryRaw<Candidate[]>(Prisma.sql`
        WITH q AS (SELECT to_tsquery('simple', ${pairQuery(ls)}) AS q),
        matched AS (
          SELECT i.id, i.search_vector FROM input i, q
           WHERE i.search_vector @@ q.q AND i.process_id = ${input.processId}::uuid AND i.id <> ${input.id}::uuid AND NOT i.is_hidden
           LIMIT ${MATCH_CAP})
        SELECT i.id, i.receipt_code, i.text, i.duplicate_of_id
          FROM matched m JOIN input i ON i.id = m.id, q
         ORDER BY ts_rank(m.search_vector, q.q) DESC, i.id
         LIMIT ${CANDIDATES}`)
    : [];

  const self = features(input.text);
  const feats = candidates.map((c) => features(c.text));
  const docFreq = new Map<string, number>();
  for (const f of [self, ...feats]) for (const l of f.lemmaSet) docFreq.set(l, (docFreq.get(l) ?? 0) + 1);
  const idf = idfFrom(docFreq, feats.length + 1);

  const scored = candidates
    .map((c, k) => ({ c, like: likeness(self, feats[k]!, idf) }))
    .filter((x) => x.like.score >= SIMILAR_DISPLAY_THRESHOLD || x.c.duplicate_of_id === input.id || x.c.id === input.duplicateOf?.id)
    .sort((a, b) => b.like.score - a.like.score);

  const counts = await mentionCounts([input.id, ...scored.map((x) => x.c.id), ...(input.duplicateOf ? [input.duplicateOf.id] : [])]);
  const toRow = (x: (typeof scored)[number]): SimilarInput => ({
    id: x.c.id,
    receiptCode: x.c.receipt_code,
    text: x.c.text,
    score: Math.round(x.like.score * 100) / 100,
    duplicateOfId: x.c.duplicate_of_id,
    mentionedBy: counts.get(x.c.id) ?? 1,
  });
  return {
    input: {
      id: input.id,
      processId: input.processId,
      duplicateOf: input.duplicateOf ? { ...input.duplicateOf, mentionedBy: counts.get(input.duplicateOf.id) ?? 1 } : null,
      mentionedBy: counts.get(input.id) ?? 1,
    },
    nearDuplicates: scored
      .filter((x) => x.like.kind === "near-duplicate")
      .slice(0, SHOWN_PER_KIND)
      .map(toRow),
    samePoint: scored
      .filter((x) => x.like.kind === "same-point")
      .slice(0, SHOWN_PER_KIND)
      .map(toRow),
  };
}

export { DUPLICATE_THRESHOLD };
