// Feature counts → sparse TF-IDF vectors (sublinear tf, L2-normalised) over a vocabulary
// chosen from the training documents. The vocabulary is capped so a model trained on many
// thousand inputs stays small enough to store in one row and load in milliseconds.
import type { FeatureCounts } from "./features";

export type SparseVector = { idx: Int32Array; val: Float32Array };
export type Vocabulary = { terms: string[]; index: Map<string, number>; idf: Float32Array };

export const MAX_VOCABULARY = 30_000;

export function buildVocabulary(docs: FeatureCounts[], maxTerms = MAX_VOCABULARY): Vocabulary {
  const df = new Map<string, number>();
  for (const d of docs) for (const f of d.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  // A feature seen in one document teaches nothing once there are enough documents.
  const minDf = docs.length >= 300 ? 2 : 1;
  const kept = [...df].filter(([, n]) => n >= minDf);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const terms = kept.slice(0, maxTerms).map(([t]) => t);
  const idf = new Float32Array(terms.length);
  terms.forEach((t, i) => (idf[i] = Math.log((1 + docs.length) / (1 + df.get(t)!)) + 1));
  return vocabularyFrom(terms, idf);
}

export function vocabularyFrom(terms: string[], idf: Float32Array): Vocabulary {
  return { terms, idf, index: new Map(terms.map((t, i) => [t, i])) };
}

/** Feature groups by prefix letter, each L2-normalised on its own and then weighted. */
export type GroupWeights = { prefixes: string; weight: number }[];

export function vectorize(counts: FeatureCounts, vocab: Vocabulary, groups: GroupWeights): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  const groupOf: number[] = [];
  const norms = new Float64Array(groups.length);
  const groupByPrefix = new Map<string, number>();
  groups.forEach((gr, g) => [...gr.prefixes].forEach((p) => groupByPrefix.set(p, g)));
  for (const [f, n] of counts) {
    const g = groupByPrefix.get(f[0]!);
    if (g === undefined) continue;
    const i = vocab.index.get(f);
    if (i === undefined) continue;
    const v = (1 + Math.log(n)) * vocab.idf[i]!;
    idx.push(i);
    val.push(v);
    groupOf.push(g);
    norms[g]! += v * v;
  }
  const scale = Array.from(norms, (s, g) => (s > 0 ? groups[g]!.weight / Math.sqrt(s) : 0));
  return { idx: Int32Array.from(idx), val: Float32Array.from(val, (v, k) => v * scale[groupOf[k]!]!) };
}
