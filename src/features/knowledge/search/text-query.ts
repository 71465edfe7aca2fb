// From what the user typed to a tsquery: the same normalizer as the documents, prefix matching
// (`lemma:*`), AND between words. When that finds almost nothing the words are probably
// misspelt: each word also matches its nearest terms in the vocabulary (pg_trgm over the small
// search_term table, not over a million texts), and the page says so.
import { lemmas } from "@/features/knowledge/text/normalize";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import type { SearchParams } from "./params";
import type { TextQuery } from "./where";

/** Below this many full-text hits the query is widened with near spellings. */
export const FEW_HITS = 3;
const ALTERNATIVES_PER_WORD = 2;

export const quote = (lexeme: string) => `'${lexeme.replace(/'/g, "''")}'`;

export function queryLemmas(q: string): string[] {
  return [...new Set(lemmas(q.replace(/["«»]/g, " ")))].slice(0, 12);
}

/** An AND of OR-groups of prefixes as tsquery text. */
export function prefixTsquery(groups: string[][], term: (w: string) => string = (w) => `${quote(w)}:*`): string {
  return groups.map((g) => (g.length > 1 ? `(${g.map(term).join(" | ")})` : term(g[0]!))).join(" & ");
}

function textQuery(words: string[], alternatives: Map<string, string[]>, expansions: string[]): NonNullable<TextQuery> {
  const groups = words.map((w) => [w, ...(alternatives.get(w) ?? [])]);
  return { tsquery: prefixTsquery(groups), groups, lemmas: words, expansions };
}

async function nearestTerms(word: string): Promise<string[]> {
  if (word.length < 3) return [];
  const rows = await db.$queryRaw<{ term: string }[]>(Prisma.sql`
    SELECT term FROM search_term
    WHERE term % ${word} AND left(term, ${word.length}) <> ${word}
    ORDER BY similarity(term, ${word}) DESC, term
    LIMIT ${ALTERNATIVES_PER_WORD}`);
  return rows.map((r) => r.term);
}

// Lemmas known to begin a word of some input. search_term only grows, so a known lemma stays
// known and is not asked again (a round trip saved on most searches); unknown ones are asked each time.
const knownLemmas = new Set<string>();

/** Lemmas that begin no word in any input: such an AND query finds nothing, whatever the filters. */
async function unknownLemmas(words: string[]): Promise<string[]> {
  const ask = words.filter((w) => !knownLemmas.has(w));
  if (ask.length === 0) return [];
  const rows = await db.$queryRaw<{ w: string }[]>(Prisma.sql`
    SELECT w FROM unnest(${ask}::text[]) AS w
    WHERE NOT EXISTS (SELECT 1 FROM search_term WHERE term LIKE w || '%')`);
  const unknown = rows.map((r) => r.w);
  if (knownLemmas.size > 50_000) knownLemmas.clear();
  for (const w of ask) if (!unknown.includes(w)) knownLemmas.add(w);
  return unknown;
}

/** The query with each word's near spellings OR'ed in (null expansions = nothing near). */
export async function widenTextQuery(text: NonNullable<TextQuery>, only: string[] = text.lemmas): Promise<NonNullable<TextQuery>> {
  const alternatives = new Map<string, string[]>();
  for (const w of only) alternatives.set(w, await nearestTerms(w));
  const expansions = [...new Set([...alternatives.values()].flat())];
  if (expansions.length === 0) return text;
  return textQuery(text.lemmas, alternatives, expansions);
}

/**
 * The text part of a search. A word that begins no known term is surely misspelt, so it is
 * widened at once, from the small vocabulary table without touching the inputs (a query for
 * a word nobody wrote must not scan a million rows). searchInputs widens further when the
 * first page has fewer than FEW_HITS results.
 */
export async function resolveTextQuery(p: SearchParams, widen = false): Promise<TextQuery> {
  const words = queryLemmas(p.q);
  if (words.length === 0) return null;
  const exact = textQuery(words, new Map(), []);
  if (widen) return widenTextQuery(exact);
  const unknown = await unknownLemmas(words);
  return unknown.length ? widenTextQuery(exact, unknown) : exact;
}
