// Near-duplicate and same-point pairs in a set of texts (pure; `npm run eval:knowledge` and
// the tests call it). Candidate pairs come from an inverted index over lemmas — only pairs that
// share at least two content lemmas are scored — so a few thousand texts take well under a second.
import { DUPLICATE_THRESHOLD, features, idfFrom, likeness, type DocFeatures } from "./score";

export type DuplicatePair = { a: string; b: string; score: number };

export function findNearDuplicatePairs(docs: { id: string; text: string }[], threshold = DUPLICATE_THRESHOLD): DuplicatePair[] {
  const feats: DocFeatures[] = docs.map((d) => features(d.text));
  const postings = new Map<string, number[]>();
  feats.forEach((f, i) => {
    for (const l of f.lemmaSet) {
      const list = postings.get(l);
      if (list) list.push(i);
      else postings.set(l, [i]);
    }
  });
  const docFreq = new Map([...postings].map(([l, list]) => [l, list.length]));
  const idf = idfFrom(docFreq, docs.length);

  // Lemmas in nearly every text say nothing about sameness; skip them when pairing.
  const maxPosting = Math.max(50, Math.floor(docs.length * 0.2));
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > maxPosting) continue;
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) {
        const key = list[x]! * docs.length + list[y]!;
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
  }

  const out: DuplicatePair[] = [];
  for (const [key, count] of shared) {
    if (count < 2) continue;
    const i = Math.floor(key / docs.length);
    const j = key % docs.length;
    const { score } = likeness(feats[i]!, feats[j]!, idf);
    if (score >= threshold) out.push({ a: docs[i]!.id, b: docs[j]!.id, score: Math.round(score * 1000) / 1000 });
  }
  return out.sort((p, q) => q.score - p.score);
}
