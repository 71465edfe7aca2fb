// The suggestion model: one vocabulary and three heads (insight category, thematic plan,
// topics), trained from this municipality's own tagged inputs. Pure and synchronous, so the
// app, the eval script and the tests share exactly the same code.
import { type Head, type HeadKind, type Scored, fitComplementNb, fitTemperature, rank, scores } from "./heads";
import { type FeatureCounts, featureCounts } from "./features";
import { type GroupWeights, type SparseVector, type Vocabulary, buildVocabulary, vectorize } from "./vectorize";

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

export function train(samples: Sample[]): Model {
  return trainFromCounts(
    samples,
    samples.map((s) => featureCounts(s.text, s.lemmas)),
  );
}

/** Training on features already counted (cross-validation counts each text once). */
export function trainFromCounts(samples: Sample[], counts: FeatureCounts[]): Model {
  const vocab = buildVocabulary(counts);
  const heads: Partial<Record<Field, Head>> = {};
  for (const field of FIELDS) {
    const rows = samples
      .map((s, i) => ({ counts: counts[i]!, labels: labelsFor(s, field) }))
      .filter((r) => r.labels.length > 0)
      .map((r) => ({ x: vectorize(r.counts, vocab, HEAD_GROUPS[field]), labels: r.labels }));
    if (new Set(rows.flatMap((r) => r.labels)).size < 2) continue;
    heads[field] = fitHead(rows, vocab.terms.length, KIND[field]);
  }
  return { vocab, heads };
}

function fitHead(rows: { x: SparseVector; labels: string[] }[], vocabSize: number, kind: HeadKind): Head {
  const head = fitComplementNb(
    rows.map((r) => r.x),
    rows.map((r) => r.labels),
    vocabSize,
    kind,
  );
  // Confidence: fit the softmax temperature on out-of-fold scores (3 folds, at most
  // TEMPERATURE_ROWS of them) so the percentages shown are roughly how often such a
  // suggestion turns out right.
  const k = rows.length >= 9 ? 3 : 0;
  const perFold = Math.ceil(TEMPERATURE_ROWS / 3);
  const oof: { scores: Float64Array; labelIdx: number[] }[] = [];
  for (let f = 0; f < k; f++) {
    const tr = rows.filter((_, i) => foldOf(i, k) !== f);
    const te = rows.filter((_, i) => foldOf(i, k) === f).slice(0, perFold);
    const inner = fitComplementNb(
      tr.map((r) => r.x),
      tr.map((r) => r.labels),
      vocabSize,
      kind,
    );
    const pos = new Map(head.labels.map((l, i) => [l, i]));
    for (const r of te) {
      const s = scores(inner, r.x, vocabSize);
      // Align the inner head's labels with the full head's (a label may be missing in a fold).
      const aligned = new Float64Array(head.labels.length).fill(-1);
      inner.labels.forEach((l, i) => (aligned[pos.get(l)!] = s[i]!));
      oof.push({ scores: aligned, labelIdx: r.labels.map((l) => pos.get(l)!) });
    }
  }
  head.temperature = fitTemperature(oof);
  return head;
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
