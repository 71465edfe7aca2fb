// Where models live: table suggestion_model, newest wins. The deserialised model is cached
// in memory by id, so suggesting costs one tiny query (the newest id) per request.
import { db } from "@/lib/db";
import type { Model } from "./classifier/model";
import { deserializeModel } from "./classifier/serialize";

export const KEEP_MODELS = 3;

let cached: { id: string; model: Model } | null = null;

export async function currentModel(): Promise<{ id: string; model: Model } | null> {
  const newest = await db.suggestionModel.findFirst({ orderBy: { trainedAt: "desc" }, select: { id: true } });
  if (!newest) return null;
  if (cached?.id === newest.id) return cached;
  const row = await db.suggestionModel.findUnique({ where: { id: newest.id }, select: { id: true, modelData: true } });
  if (!row) return null;
  cached = { id: row.id, model: deserializeModel(row.modelData) };
  return cached;
}
