// The suggestion model: one vocabulary and three heads (insight category, thematic plan,
// topics), trained from this municipality's own tagged inputs plus what it knew before any
// tagging (prior.ts: category definitions, topic names and descriptions, as pseudo-documents).
// Pure and synchronous, so the app, the eval script and the tests share exactly the same code.
import { searchLemmas } from "@/features/knowledge/text/normalize";
import { featureCounts, type FeatureCounts } from "./features";
import { fitComplementNb, fitLogistic, fitTemperature, meanNll, rank, scores, type Head, type HeadKind, type Scored } from "./heads";
import { priorDocs, type Taxonomy } from "./prior";
import { buildVocabulary, vectorize, type GroupWeights, type SparseVector, type Vocabulary } from "./vectorize";

export const FIELDS = ["category", "plan", "topics"] as const;
export type Field = (typeof FIELDS)[number];
const KIND: Record<Field, HeadKind> = { category: "single", plan: "single", topics: "multi" };
// Fixed choices (not tuned per run): what a topic or plan is about is in the lemmas and their
// character n-grams; the insight category is in how it is said (words, bigrams, cues).
export const HEAD_GROUPS: Record<Field, GroupWeights> = {
  category: [
    { prefixes: "tb", weight: 1 },
    { prefixes: "q", weight: 0.5 },
  ],
  plan: [{ prefixes: "wc", weight: 1 }],
  topics: [{ prefixes: "wc", weight: 1 }],
};

/** One tagged input: its text, stored lemma string and what a person said it is (null/[] = unknown). */
export type Sample = { text: string; lemmas: string; category: string | null; plan: string | null; topics: string[] };
export type Model = { vocab: Vocabulary; heads: Partial<Record<Field, Head>> };
export type Prediction = Record<Field, Scored[]>;

const labelsFor = (s: Sample, field: Field): string[] => (field === "topics" ? s.topics : s[field] ? [s[field]!] : []);

/** Deterministic fold of index i (round-robin after a stable shuffle by the caller). */
const foldOf = (i: number, k: number) => i % k;
const TEMPERATURE_ROWS = 600;

/** How a model is trained; the defaults are the app's (fixed a priori, see fitHead for what is chosen by inner folds). */
export type TrainOptions = {
  /** The municipality's taxonomy (topic names/descriptions) for pseudo-documents. */
  taxonomy?: Taxonomy;
  /** Category definitions and taxonomy as pseudo-documents (default on). */
  prior?: boolean;
  /** Learner: naive Bayes, logistic regression, or a blend whose weight inner folds choose (default). */
  algo?: "nb" | "lr" | "blend";
};

export function train(samples: Sample[], opts: TrainOptions = {}): Model {
  return trainFromCounts(
    samples,
    samples.map((s) => featureCounts(s.text, s.lemmas)),
    opts,
  );
}

type Row = { x: SparseVector; labels: string[]; prior: boolean };

/** Training on features already counted (cross-validation counts each text once). */
export function trainFromCounts(samples: Sample[], counts: FeatureCounts[], opts: TrainOptions = {}): Model {
  const categories = [...new Set(samples.map((s) => s.category).filter((c): c is string => !!c))].sort();
  const pseudo = opts.prior === false ? [] : priorDocs(categories, opts.taxonomy);
  const pseudoCounts = pseudo.map((d) => featureCounts(d.text, searchLemmas(d.text)));
  const vocab = buildVocabulary([...counts, ...pseudoCounts]);
  const heads: Partial<Record<Field, Head>> = {};
  for (const field of FIELDS) {
    const rows: Row[] = samples
      .map((s, i) => ({ counts: counts[i]!, labels: labelsFor(s, field), prior: false }))
      .filter((r) => r.labels.length > 0)
      .map((r) => ({ x: vectorize(r.counts, vocab, HEAD_GROUPS[field]), labels: r.labels, prior: false }));
    if (new Set(rows.flatMap((r) => r.labels)).size < 2) continue;
    pseudo.forEach((d, i) => {
      if (d.field === field) rows.push({ x: vectorize(pseudoCounts[i]!, vocab, HEAD_GROUPS[field]), labels: [d.label], prior: true });
    });
    heads[field] = fitHead(rows, vocab.terms.length, KIND[field], opts.algo ?? "blend");
  }
  return { vocab, heads };
}

/** At most this many rows train the logistic part (newest first), so retraining stays in seconds. */
const LR_ROWS = 2_000;
/** Blend weights of logistic regression that the inner folds choose from. */
const BLENDS = [0, 0.25, 0.5, 0.75, 1];
/** How many tagged inputs one pseudo-document counts as; the inner folds choose. */
const PRIOR_WEIGHTS = [1, 2, 4];

const scaled = (x: SparseVector, w: number): SparseVector => (w === 1 ? x : { idx: x.idx, val: x.val.map((v) => v * w) });

function fitHead(rows: Row[], vocabSize: number, kind: HeadKind, algo: "nb" | "lr" | "blend"): Head {
  const hasPrior = rows.some((r) => r.prior);
  // Naive Bayes counts feature mass, so a pseudo-document weighs w documents when scaled by w.
  const fitNb = (rs: Row[], w: number, labels?: string[]) => {
    const h = fitComplementNb(
      rs.map((r) => (r.prior ? scaled(r.x, w) : r.x)),
      rs.map((r) => r.labels),
      vocabSize,
      kind,
    );
    return labels ? align(h, labels, vocabSize) : h;
  };
  const fitLr = (rs: Row[], w: number, labels: string[]) => {
    const capped = rs.length > LR_ROWS ? [...rs.filter((r) => !r.prior), ...rs.filter((r) => r.prior)].slice(0, LR_ROWS) : rs;
    return fitLogistic(
      capped.map((r) => r.x),
      capped.map((r) => r.labels),
      vocabSize,
      kind,
      labels,
      { sampleWeight: capped.map((r) => (r.prior ? w : 1)) },
    );
  };
  const labels = fitNb(rows, 1).labels;
  const pos = new Map(labels.map((l, i) => [l, i]));
  // Out-of-fold scores of the tagged rows (3 folds; pseudo-documents always train). They fit
  // each learner's softmax temperature and choose, by held-out likelihood, how much a
  // pseudo-document weighs and the blend weight — nothing is chosen on the inputs a model is
  // later scored on.
  const real = rows.filter((r) => !r.prior);
  const k = real.length >= 9 ? 3 : 0;
  const perFold = Math.ceil(TEMPERATURE_ROWS / 3);
  const folds = Array.from({ length: k }, (_, f) => ({
    tr: [...real.filter((_, i) => foldOf(i, k) !== f), ...rows.filter((r) => r.prior)],
    te: real.filter((_, i) => foldOf(i, k) === f).slice(0, perFold),
  }));
  const labelIdx = folds.flatMap(({ te }) => te.map((r) => r.labels.map((l) => pos.get(l)!)));
  const oofOf = (fit: (tr: Row[]) => Head) =>
    folds.flatMap(({ tr, te }) => {
      const h = fit(tr);
      return te.map((r) => scores(h, r.x, vocabSize));
    });
  const withLabels = (s: Float64Array[]) => s.map((scores, i) => ({ scores, labelIdx: labelIdx[i]! }));

  let w = 1;
  let nbOof = k ? oofOf((tr) => fitNb(tr, 1, labels)) : [];
  if (k && hasPrior) {
    let bestNll = Infinity;
    for (const cand of PRIOR_WEIGHTS) {
      const oof = cand === 1 ? nbOof : oofOf((tr) => fitNb(tr, cand, labels));
      const o = withLabels(oof);
      const nll = meanNll(o, fitTemperature(o));
      if (nll < bestNll - 1e-9) [bestNll, w] = [nll, cand];
    }
    if (w !== 1) nbOof = oofOf((tr) => fitNb(tr, w, labels));
  }
  const nb = fitNb(rows, w, labels);
  const tNb = fitTemperature(withLabels(nbOof));
  if (algo === "nb" || k === 0) return { ...nb, temperature: tNb, ...(hasPrior ? { priorWeight: w } : {}) };
  const lr = fitLr(rows, w, labels);
  const lrOof = oofOf((tr) => fitLr(tr, w, labels));
  const tLr = fitTemperature(withLabels(lrOof));
  const candidates = algo === "lr" ? [1] : BLENDS;
  let best = { a: 1, t: tLr, nll: Infinity };
  for (const a of candidates) {
    const mixed = nbOof.map((s, i) => ({ scores: s.map((v, c) => (1 - a) * tNb * v + a * tLr * lrOof[i]![c]!), labelIdx: labelIdx[i]! }));
    const t = fitTemperature(mixed);
    const nll = meanNll(mixed, t);
    if (nll < best.nll - 1e-9) best = { a, t, nll };
  }
  const weights = new Float32Array(nb.weights.length);
  for (let j = 0; j < weights.length; j++) weights[j] = (1 - best.a) * tNb * nb.weights[j]! + best.a * tLr * lr.weights[j]!;
  const bias = Float32Array.from(nb.bias, (v, c) => (1 - best.a) * tNb * v + best.a * tLr * lr.bias[c]!);
  return { ...nb, weights, bias, temperature: best.t, blend: best.a, ...(hasPrior ? { priorWeight: w } : {}) };
}

/** A head re-indexed to the given labels (a label missing in a fold scores lowest). */
function align(h: Head, labels: string[], vocabSize: number): Head {
  if (h.labels.length === labels.length && h.labels.every((l, i) => l === labels[i])) return h;
  const at = new Map(h.labels.map((l, i) => [l, i]));
  const weights = new Float32Array(labels.length * vocabSize);
  const bias = new Float32Array(labels.length).fill(-1e3);
  labels.forEach((l, c) => {
    const i = at.get(l);
    if (i === undefined) return;
    weights.set(h.weights.subarray(i * vocabSize, (i + 1) * vocabSize), c * vocabSize);
    bias[c] = h.bias[i]!;
  });
  return { ...h, labels, weights, bias };
}

export function predict(model: Model, text: string, lemmas: string): Prediction {
  return predictCounts(model, featureCounts(text, lemmas));
}

export function predictCounts(model: Model, counts: FeatureCounts): Prediction {
  const n = model.vocab.terms.length;
  const out: Prediction = { category: [], plan: [], topics: [] };
  for (const field of FIELDS) {
    const head = model.heads[field];
    if (head) out[field] = rank(head, vectorize(counts, model.vocab, HEAD_GROUPS[field]), n);
  }
  return out;
}
