// The learners behind one suggestion field ("head"). Both are linear over the TF-IDF vector:
// - "single" (category, plan): complement naive Bayes scores, turned into probabilities by a
//   softmax whose temperature is fitted on out-of-fold scores of the training data;
// - "multi" (topics): one-vs-rest complement naive Bayes, ranked the same way; a document
//   teaches each of its topics.
// Complement NB estimates each class from everything that is NOT that class, which is what
// keeps it steady with a few examples per class (Rennie et al. 2003). Logistic regression
// was measured as well (scripts/eval-knowledge.ts --algo lr) and did worse on small data.
import type { SparseVector } from "./vectorize";

export type HeadKind = "single" | "multi";
export type Head = {
  kind: HeadKind;
  labels: string[];
  /** labels × vocabulary, row-major. */
  weights: Float32Array;
  bias: Float32Array;
  temperature: number;
  /** Mean labels per training document (multi-label heads): turns a share into a chance. */
  perDoc: number;
};
export type Scored = { label: string; confidence: number };

const ALPHA = 0.1;

/** Raw linear scores, higher = more likely. */
export function scores(head: Head, x: SparseVector, vocabSize: number): Float64Array {
  const out = new Float64Array(head.labels.length);
  for (let c = 0; c < head.labels.length; c++) {
    let s = head.bias[c]!;
    const row = c * vocabSize;
    for (let k = 0; k < x.idx.length; k++) s += head.weights[row + x.idx[k]!]! * x.val[k]!;
    out[c] = s;
  }
  return out;
}

export function softmax(s: Float64Array, temperature: number): Float64Array {
  let max = -Infinity;
  for (const v of s) max = Math.max(max, v * temperature);
  const out = new Float64Array(s.length);
  let sum = 0;
  for (let i = 0; i < s.length; i++) sum += out[i] = Math.exp(s[i]! * temperature - max);
  for (let i = 0; i < s.length; i++) out[i]! /= sum;
  return out;
}

export function rank(head: Head, x: SparseVector, vocabSize: number): Scored[] {
  const p = softmax(scores(head, x, vocabSize), head.temperature);
  // A multi-label softmax shares the mass among an input's topics; scaled by how many topics
  // an input has on average it reads as "the chance this topic is one of them".
  const scale = head.kind === "multi" ? head.perDoc : 1;
  return head.labels.map((label, i) => ({ label, confidence: Math.min(0.99, p[i]! * scale) })).sort((a, b) => b.confidence - a.confidence);
}

/** Complement NB weights (normalised) for every label; `labelsOf[d]` are document d's labels. */
export function fitComplementNb(xs: SparseVector[], labelsOf: string[][], vocabSize: number, kind: HeadKind): Head {
  const labels = [...new Set(labelsOf.flat())].sort();
  const li = new Map(labels.map((l, i) => [l, i]));
  const C = labels.length;
  // Feature mass per label, and in total; complement = total − own.
  const own = new Float64Array(C * vocabSize);
  const total = new Float64Array(vocabSize);
  xs.forEach((x, d) => {
    const ls = labelsOf[d]!.map((l) => li.get(l)!);
    for (let k = 0; k < x.idx.length; k++) {
      const f = x.idx[k]!;
      const v = x.val[k]!;
      total[f]! += v;
      for (const c of ls) own[c * vocabSize + f]! += v;
    }
  });
  let totalSum = 0;
  for (const v of total) totalSum += v;
  const weights = new Float32Array(C * vocabSize);
  for (let c = 0; c < C; c++) {
    const row = c * vocabSize;
    let ownSum = 0;
    for (let f = 0; f < vocabSize; f++) ownSum += own[row + f]!;
    const denom = totalSum - ownSum + ALPHA * vocabSize;
    let norm = 0;
    for (let f = 0; f < vocabSize; f++) {
      const w = Math.log((total[f]! - own[row + f]! + ALPHA) / denom);
      weights[row + f] = w;
      norm += Math.abs(w);
    }
    // Weight normalisation; the sign flips so that a higher score means "this label".
    for (let f = 0; f < vocabSize; f++) weights[row + f] = -weights[row + f]! / norm;
  }
  // Uniform class priors: on small, skewed samples the prior only repeats the majority.
  const perDoc = labelsOf.reduce((n, ls) => n + ls.length, 0) / Math.max(1, labelsOf.length);
  const head: Head = { kind, labels, weights, bias: new Float32Array(C), temperature: 1, perDoc };
  return head;
}

/**
 * The softmax temperature that maximises the likelihood of held-out labels given their
 * out-of-fold scores (one parameter, golden-section search on a log scale).
 */
export function fitTemperature(outOfFold: { scores: Float64Array; labelIdx: number[] }[]): number {
  if (outOfFold.length === 0) return 1000;
  const nll = (t: number) => {
    let s = 0;
    for (const o of outOfFold) {
      const p = softmax(o.scores, t);
      for (const i of o.labelIdx) s -= Math.log(Math.max(1e-9, p[i]!)) / o.labelIdx.length;
    }
    return s;
  };
  // Normalised complement-NB scores differ by ~1/vocabulary, so the range is wide.
  let lo = Math.log(1);
  let hi = Math.log(1e8);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 40; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (nll(Math.exp(a)) < nll(Math.exp(b))) hi = b;
    else lo = a;
  }
  return Math.exp((lo + hi) / 2);
}
