// Snippets with highlights, computed in the app with the same normalizer as the search: a
// word is a hit when its lemma starts with a query lemma (the search matches prefixes) or is
// one of the near spellings the search added. The best window is the one with most hits.
import { lemmaTokens } from "@/features/knowledge/text/normalize";

export type SnippetSegment = { text: string; hit: boolean };
export type Snippet = { segments: SnippetSegment[]; cutStart: boolean; cutEnd: boolean };

export const SNIPPET_WORDS = 30;

export function buildSnippet(text: string, queryLemmas: string[], expansions: string[] = [], size = SNIPPET_WORDS): Snippet {
  const tokens = lemmaTokens(text);
  const isHit = (l: string) => l !== "" && (queryLemmas.some((q) => l.startsWith(q)) || expansions.some((e) => l.startsWith(e)));
  const hits = tokens.map((t) => isHit(t.lemma));

  // Sliding window over the tokens: most hits wins, the earliest on a tie.
  let best = 0;
  let bestCount = -1;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (hits[i]) count++;
    if (i >= size && hits[i - size]) count--;
    const start = Math.max(0, i - size + 1);
    if (count > bestCount) {
      bestCount = count;
      best = start;
    }
  }
  // Start a little before the first hit, so it is not the window's first word.
  const firstHit = hits.indexOf(true, best);
  if (firstHit > best + 3 && tokens.length > size) best = Math.min(firstHit - 3, Math.max(0, tokens.length - size));

  const window = tokens.slice(best, best + size);
  if (window.length === 0) return { segments: [{ text: text.slice(0, 300), hit: false }], cutStart: false, cutEnd: text.length > 300 };
  const from = best === 0 ? 0 : window[0]!.start;
  const lastToken = window[window.length - 1]!;
  const cutEnd = best + size < tokens.length;
  const to = cutEnd ? lastToken.end : text.length;

  const segments: SnippetSegment[] = [];
  let pos = from;
  window.forEach((t, k) => {
    if (!hits[best + k]) return;
    if (t.start > pos) segments.push({ text: text.slice(pos, t.start), hit: false });
    segments.push({ text: text.slice(t.start, t.end), hit: true });
    pos = t.end;
  });
  if (to > pos) segments.push({ text: text.slice(pos, to), hit: false });
  return { segments, cutStart: from > 0, cutEnd };
}
