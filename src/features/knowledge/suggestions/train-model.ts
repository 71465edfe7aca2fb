// Training: load the tagged inputs, fit the three heads, measure them by cross-validation
// (on at most METRICS_SAMPLE of them, so the figures cost seconds too) and store the model.
// Never two at once, across app instances too: a transaction-level advisory lock; whoever
// does not get it simply leaves (the running training will include their tags or the next).
import { db, type Db } from "@/lib/db";
import { log } from "@/lib/logger";
import { crossValidate, type Scores } from "./classifier/evaluate";
import { train } from "./classifier/model";
import { serializeModel } from "./classifier/serialize";
import { KEEP_MODELS } from "./model-store";
import { loadTrainingSamples, MAX_TRAINING_SAMPLES } from "./training-data";

const LOCK_KEY = 8_042_025; // pg advisory lock id of suggestion training
const METRICS_SAMPLE = 1_000;
/** Retrain in the background after this many new tags by people since the last model. */
export const RETRAIN_AFTER_TAGS = 20;

export type ModelMetrics = { cv: Scores; folds: number; evaluatedOn: number; capped: boolean; cap: number; trainMs: number };
export type Trained = { id: string; sampleCount: number; metrics: ModelMetrics };

/** Trains and stores a model; "busy" when another training holds the lock, "empty" when nothing is tagged. */
export async function trainAndStoreModel(opts: { trainedById?: string | null; client?: Db } = {}): Promise<Trained | "busy" | "empty"> {
  return (opts.client ?? db).$transaction(
    async (tx) => {
      const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${LOCK_KEY}) AS locked`;
      if (!lock?.locked) return "busy";
      const samples = await loadTrainingSamples(tx);
      if (samples.length === 0) return "empty";
      // The taxonomy (names, descriptions) is prior knowledge the model starts from.
      const tags = await tx.tag.findMany({ where: { mergedIntoId: null }, select: { id: true, slug: true, name: true, description: true } });
      const options = { taxonomy: { topics: tags.map((t) => ({ label: t.id, slug: t.slug, name: t.name, description: t.description })) } };
      const started = performance.now();
      const model = train(samples, options);
      const trainMs = Math.round(performance.now() - started);
      const evalSet = samples.slice(0, METRICS_SAMPLE);
      const metrics: ModelMetrics = {
        cv: crossValidate(evalSet, evalSet.length >= 10 ? 5 : 2, options),
        folds: evalSet.length >= 10 ? 5 : 2,
        evaluatedOn: evalSet.length,
        capped: samples.length >= MAX_TRAINING_SAMPLES,
        cap: MAX_TRAINING_SAMPLES,
        trainMs,
      };
      const row = await tx.suggestionModel.create({
        data: { trainedById: opts.trainedById ?? null, sampleCount: samples.length, metrics, modelData: serializeModel(model) },
        select: { id: true },
      });
      const old = await tx.suggestionModel.findMany({ orderBy: { trainedAt: "desc" }, skip: KEEP_MODELS, select: { id: true } });
      if (old.length) await tx.suggestionModel.deleteMany({ where: { id: { in: old.map((o) => o.id) } } });
      log.info("suggestion model trained", { id: row.id, samples: samples.length, trainMs });
      return { id: row.id, sampleCount: samples.length, metrics };
    },
    { timeout: 180_000, maxWait: 10_000 },
  );
}

/** How many tags people set (by hand or by accepting) since the newest model; null = no model. */
export async function tagsSinceLastModel(): Promise<number | null> {
  const newest = await db.suggestionModel.findFirst({ orderBy: { trainedAt: "desc" }, select: { trainedAt: true } });
  if (!newest) return null;
  const since = newest.trainedAt;
  const [row] = await db.$queryRaw<{ n: bigint }[]>`
    SELECT (SELECT count(*) FROM input_tag WHERE created_at > ${since} AND source IN ('MANUAL', 'SUGGESTION'))
         + (SELECT count(*) FROM input_thematic_plan WHERE created_at > ${since} AND source IN ('MANUAL', 'SUGGESTION'))
         + (SELECT count(*) FROM input WHERE updated_at > ${since} AND category_source IN ('MANUAL', 'SUGGESTION')) AS n`;
  return Number(row?.n ?? 0);
}

let running: Promise<unknown> | null = null;

/**
 * Background retraining: when there is no model yet, or RETRAIN_AFTER_TAGS new tags since the
 * last one. Call it after the response (next/server `after()`); one per process at a time,
 * and the advisory lock keeps other instances out.
 */
export async function retrainIfDue(): Promise<void> {
  if (running) return;
  running = (async () => {
    try {
      const since = await tagsSinceLastModel();
      if (since === null || since >= RETRAIN_AFTER_TAGS) await trainAndStoreModel();
    } catch (error) {
      log.error("background suggestion training failed", { error });
    }
  })();
  try {
    await running;
  } finally {
    running = null;
  }
}
