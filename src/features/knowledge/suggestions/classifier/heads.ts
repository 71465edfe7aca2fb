// The learners behind one suggestion field ("head"). All are linear over the TF-IDF vector:
// - complement naive Bayes (fitComplementNb): each class estimated from everything that is NOT
//   that class, which keeps it steady with a few examples per class (Rennie et al. 2003);
// - multinomial logistic regression (fitLogistic): L2, Adagrad, a fixed number of passes;
//   sharper once there is more data.
// model.ts blends the two logit-wise (so a head stays one weight matrix + bias) with a weight
// chosen by inner folds. Scores become probabilities by a softmax whose temperature is fitted
// on out-of-fold scores; "single" heads (category, plan) pick one label, "multi" (topics) rank
// labels, and a document teaches each of its topics.
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
  /** Share of logistic regression in the blend with naive Bayes (0–1), chosen by inner folds. */
  blend?: number;
  /** How many tagged inputs a pseudo-document counted as, chosen by inner folds. */
  priorWeight?: number;
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
type OutOfFold = { scores: Float64Array; labelIdx: number[] }[];

/** Mean negative log-likelihood of held-out labels at a temperature. */
export function meanNll(outOfFold: OutOfFold, t: number): number {
  let s = 0;
  for (const o of outOfFold) {
    const p = softmax(o.scores, t);
    for (const i of o.labelIdx) s -= Math.log(Math.max(1e-9, p[i]!)) / o.labelIdx.length;
  }
  return s / Math.max(1, outOfFold.length);
}

export function fitTemperature(outOfFold: OutOfFold): number {
  if (outOfFold.length === 0) return 1000;
  const nll = (t: number) => meanNll(outOfFold, t);
  // Normalised complement-NB scores differ by ~1/vocabulary, logistic logits are near 1:
  // the range is wide.
  let lo = Math.log(0.01);
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

/**
 * Multinomial logistic regression (softmax over labels; a multi-label document spreads its
 * target evenly over its labels), L2-regularised, fitted with Adagrad on the sparse TF-IDF
 * vectors. A fixed number of passes in a fixed order keeps it deterministic.
 */
export function fitLogistic(
  xs: SparseVector[],
  labelsOf: string[][],
  vocabSize: number,
  kind: HeadKind,
  labelsIn?: string[],
  opts: { epochs?: number; l2?: number; rate?: number; sampleWeight?: number[] } = {},
): Head {
  const labels = labelsIn ?? [...new Set(labelsOf.flat())].sort();
  const li = new Map(labels.map((l, i) => [l, i]));
  const C = labels.length;
  const epochs = opts.epochs ?? 12;
  const l2 = opts.l2 ?? 1e-4;
  const rate = opts.rate ?? 0.5;
  const W = new Float64Array(C * vocabSize);
  const G = new Float64Array(C * vocabSize).fill(1e-8);
  const b = new Float64Array(C);
  const Gb = new Float64Array(C).fill(1e-8);
  const p = new Float64Array(C);
  const y = new Float64Array(C);
  const n = xs.length;
  // A stride through the rows (coprime with n) mixes the labels without a random generator.
  let stride = Math.max(1, Math.floor(n * 0.618));
  const gcd = (a: number, c: number): number => (c === 0 ? a : gcd(c, a % c));
  while (n > 1 && gcd(stride, n) !== 1) stride++;
  for (let e = 0; e < epochs; e++) {
    for (let t = 0, d = e % Math.max(1, n); t < n; t++, d = (d + stride) % n) {
      const x = xs[d]!;
      const ls = labelsOf[d]!.map((l) => li.get(l)).filter((c): c is number => c !== undefined);
      if (ls.length === 0) continue;
      const sw = opts.sampleWeight?.[d] ?? 1;
      let max = -Infinity;
      for (let c = 0; c < C; c++) {
        let s = b[c]!;
        const row = c * vocabSize;
        for (let k = 0; k < x.idx.length; k++) s += W[row + x.idx[k]!]! * x.val[k]!;
        p[c] = s;
        if (s > max) max = s;
      }
      let sum = 0;
      for (let c = 0; c < C; c++) sum += p[c] = Math.exp(p[c]! - max);
      y.fill(0);
      for (const c of ls) y[c]! += 1 / ls.length;
      for (let c = 0; c < C; c++) {
        const g = (p[c]! / sum - y[c]!) * sw;
        // Labels the row already rules out cost nothing (most of them after a few passes);
        // their L2 shrinkage waits until a row touches them again.
        if (Math.abs(g) < 1e-3) continue;
        Gb[c]! += g * g;
        b[c]! -= (rate * g) / Math.sqrt(Gb[c]!);
        const row = c * vocabSize;
        for (let k = 0; k < x.idx.length; k++) {
          const j = row + x.idx[k]!;
          const gj = g * x.val[k]! + l2 * W[j]!;
          G[j]! += gj * gj;
          W[j]! -= (rate * gj) / Math.sqrt(G[j]!);
        }
      }
    }
  }
  const perDoc = labelsOf.reduce((s, ls) => s + ls.length, 0) / Math.max(1, labelsOf.length);
  return { kind, labels, weights: Float32Array.from(W), bias: Float32Array.from(b), temperature: 1, perDoc };
}
