// Norwegian text → lemmas, shared by search (documents and queries), suggestions,
// duplicates and snippets. OWNED BY THE SEARCH SLICE — first version, to be replaced.
export type Token = { word: string; start: number; end: number };

/** Words of a text with their positions in the original string (for snippets). */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** One word → its lemma ("" for a stop word). */
export function lemma(word: string): string {
  return word.toLowerCase();
}

/** The lemma sequence of a text, stop words dropped. */
export function lemmas(text: string): string[] {
  return tokenize(text)
    .map((t) => lemma(t.word))
    .filter(Boolean);
}

/** What is stored in input.search_lemmas (the tsvector is generated from it). */
export function searchLemmas(text: string): string {
  return lemmas(text).join(" ");
}
