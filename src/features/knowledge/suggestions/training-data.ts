// The tagged inputs a model learns from, newest first and capped: at a million inputs the
// newest MAX_TRAINING_SAMPLES say enough about how the municipality tags today and keep
// training within seconds. One query; topics follow merges, plans become one label
// (the sorted plan ids joined by "+", so "both plans" is its own class).
import type { Tx } from "@/lib/db";
import type { Sample } from "./classifier/model";

export const MAX_TRAINING_SAMPLES = 10_000;

type Row = { text: string; lemmas: string; category: string | null; topics: string[]; plans: string[] };

export async function loadTrainingSamples(client: Tx, cap = MAX_TRAINING_SAMPLES): Promise<Sample[]> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT i.text, i.search_lemmas AS lemmas, i.category::text AS category,
           COALESCE((SELECT array_agg(DISTINCT COALESCE(t.merged_into_id, t.id)::text)
                       FROM input_tag it JOIN tag t ON t.id = it.tag_id WHERE it.input_id = i.id), '{}') AS topics,
           COALESCE((SELECT array_agg(p.thematic_plan_id::text ORDER BY p.thematic_plan_id)
                       FROM input_thematic_plan p WHERE p.input_id = i.id), '{}') AS plans
      FROM input i
     WHERE NOT i.is_hidden
       AND (i.category IS NOT NULL
            OR EXISTS (SELECT 1 FROM input_tag it WHERE it.input_id = i.id)
            OR EXISTS (SELECT 1 FROM input_thematic_plan p WHERE p.input_id = i.id))
     ORDER BY i.submitted_at DESC, i.id DESC
     LIMIT ${cap}`;
  return rows.map((r) => ({ text: r.text, lemmas: r.lemmas, category: r.category, topics: r.topics, plan: r.plans.length ? planKey(r.plans) : null }));
}

/** The plan label of a set of thematic plans (order-independent). */
export const planKey = (planIds: readonly string[]) => [...planIds].sort().join("+");
export const planIdsOf = (key: string) => key.split("+").filter(Boolean);
