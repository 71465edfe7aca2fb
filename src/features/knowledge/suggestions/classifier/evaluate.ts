// Honest quality figures: train on some inputs, score on others never seen in training.
// Used by the app (metrics stored with each model) and by `npm run eval:knowledge`.
import { featureCounts, type FeatureCounts } from "./features";
import { FIELDS, predictCounts, trainFromCounts, type Field, type Model, type Sample, type TrainOptions } from "./model";

export type FieldScore = { n: number; top1: number; top3: number };
export type Scores = Record<Field, FieldScore>;

const truthOf = (s: Sample, field: Field): string[] => (field === "topics" ? s.topics : s[field] ? [s[field]!] : []);

/** Per field: top-1 accuracy and top-3 hit rate (a right label among the first three). */
export function score(model: Model, test: Sample[], counts?: FeatureCounts[]): Scores {
  const acc = Object.fromEntries(FIELDS.map((f) => [f, { n: 0, hit1: 0, hit3: 0 }])) as Record<Field, { n: number; hit1: number; hit3: number }>;
  for (const [i, s] of test.entries()) {
    const p = predictCounts(model, counts?.[i] ?? featureCounts(s.text, s.lemmas));
    for (const field of FIELDS) {
      const truth = truthOf(s, field);
      if (truth.length === 0) continue;
      const ranked = p[field].map((r) => r.label);
      const a = acc[field];
      a.n++;
      if (ranked[0] !== undefined && truth.includes(ranked[0])) a.hit1++;
      if (ranked.slice(0, 3).some((l) => truth.includes(l))) a.hit3++;
    }
  }
  return Object.fromEntries(
    FIELDS.map((f) => [f, { n: acc[f].n, top1: acc[f].n ? acc[f].hit1 / acc[f].n : 0, top3: acc[f].n ? acc[f].hit3 / acc[f].n : 0 }]),
  ) as Scores;
}

/**
 * Folds stratified by insight category (then by position), so every fold sees every
 * category in about its share. Deterministic: the same data gives the same folds.
 */
export function stratifiedFolds(samples: Sample[], k: number): number[] {
  const fold = new Array<number>(samples.length);
  const byClass = new Map<string, number[]>();
  samples.forEach((s, i) => {
    const key = s.category ?? "";
    byClass.set(key, [...(byClass.get(key) ?? []), i]);
  });
  let next = 0;
  for (const key of [...byClass.keys()].sort()) for (const i of byClass.get(key)!) fold[i] = next++ % k;
  return fold;
}

/** k-fold cross-validation: pooled out-of-fold figures per field. */
export function crossValidate(samples: Sample[], k = 5, opts: TrainOptions = {}): Scores {
  const folds = stratifiedFolds(samples, k);
  const counts = samples.map((s) => featureCounts(s.text, s.lemmas));
  const part = (f: number, inFold: boolean) => samples.map((_, i) => i).filter((i) => (folds[i] === f) === inFold);
  const sums = Object.fromEntries(FIELDS.map((f) => [f, { n: 0, top1: 0, top3: 0 }])) as Scores;
  for (let f = 0; f < k; f++) {
    const tr = part(f, false);
    const te = part(f, true);
    if (tr.length === 0 || te.length === 0) continue;
    const model = trainFromCounts(
      tr.map((i) => samples[i]!),
      tr.map((i) => counts[i]!),
      opts,
    );
    const s = score(
      model,
      te.map((i) => samples[i]!),
      te.map((i) => counts[i]!),
    );
    for (const field of FIELDS) {
      sums[field].top1 += s[field].top1 * s[field].n;
      sums[field].top3 += s[field].top3 * s[field].n;
      sums[field].n += s[field].n;
    }
  }
  for (const field of FIELDS) {
    const n = sums[field].n;
    sums[field] = { n, top1: n ? sums[field].top1 / n : 0, top3: n ? sums[field].top3 / n : 0 };
  }
  return sums;
}
