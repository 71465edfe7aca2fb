// How alike two inputs are. Three views, each good at a different kind of likeness:
// - character trigrams (cosine) catch the same text resubmitted with typos, punctuation or
//   casing changed — near-duplicates;
// - lemma sets (Jaccard) and TF-IDF cosine over lemmas catch the same point reworded, where
//   inflections and word order change but the content words stay ("hilse på naboen" /
//   "hilse på hverandre … nabodag"). TF-IDF weighs rare words up, so two inputs that share
//   "bussen" and "kveldstid" score less than two that share "nabodag" and "grilling".
// The combined score is the best of "near-duplicate" and "same point" evidence.
import { lemmas } from "../text/normalize";

export type DocFeatures = {
  lemmaSet: Set<string>;
  lemmaCounts: Map<string, number>;
  trigrams: Map<string, number>;
  trigramNorm: number;
};

export type Likeness = { score: number; trigram: number; jaccard: number; tfidf: number; kind: "near-duplicate" | "same-point" };

/** Above this a pair is the same text with small changes. */
export const NEAR_DUPLICATE_TRIGRAM = 0.8;
/** Pairs scoring at least this are reported (chosen on the sample, see tests/unit/knowledge-duplicates.test.ts). */
export const DUPLICATE_THRESHOLD = 0.5;

export function features(text: string): DocFeatures {
  const ls = lemmas(text);
  const lemmaCounts = new Map<string, number>();
  for (const l of ls) lemmaCounts.set(l, (lemmaCounts.get(l) ?? 0) + 1);
  const flat = ` ${text
    .toLowerCase()
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()} `;
  const trigrams = new Map<string, number>();
  for (let i = 0; i + 3 <= flat.length; i++) {
    const g = flat.slice(i, i + 3);
    trigrams.set(g, (trigrams.get(g) ?? 0) + 1);
  }
  let sq = 0;
  for (const v of trigrams.values()) sq += v * v;
  return { lemmaSet: new Set(ls), lemmaCounts, trigrams, trigramNorm: Math.sqrt(sq) };
}

function trigramCosine(a: DocFeatures, b: DocFeatures): number {
  if (!a.trigramNorm || !b.trigramNorm) return 0;
  const [small, large] = a.trigrams.size <= b.trigrams.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, v] of small.trigrams) dot += v * (large.trigrams.get(g) ?? 0);
  return dot / (a.trigramNorm * b.trigramNorm);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** idf(lemma) for a collection; unknown lemmas get the highest weight. */
export type Idf = (lemma: string) => number;

export function idfFrom(docFreq: Map<string, number>, docCount: number): Idf {
  return (l) => Math.log((docCount + 1) / ((docFreq.get(l) ?? 0) + 1)) + 1;
}

function tfidfCosine(a: DocFeatures, b: DocFeatures, idf: Idf): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [l, c] of a.lemmaCounts) {
    const w = c * idf(l);
    na += w * w;
    const cb = b.lemmaCounts.get(l);
    if (cb) dot += w * cb * idf(l);
  }
  for (const [l, c] of b.lemmaCounts) {
    const w = c * idf(l);
    nb += w * w;
  }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function likeness(a: DocFeatures, b: DocFeatures, idf: Idf): Likeness {
  const trigram = trigramCosine(a, b);
  const jac = jaccard(a.lemmaSet, b.lemmaSet);
  const tfidf = tfidfCosine(a, b, idf);
  const samePoint = (jac + tfidf) / 2;
  const score = Math.max(trigram >= NEAR_DUPLICATE_TRIGRAM ? trigram : 0, samePoint, (trigram + samePoint) / 2);
  return { score, trigram, jaccard: jac, tfidf, kind: trigram >= NEAR_DUPLICATE_TRIGRAM ? "near-duplicate" : "same-point" };
}
