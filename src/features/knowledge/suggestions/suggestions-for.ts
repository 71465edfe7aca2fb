// The contract other slices use: suggestions for the fields of each input that are still
// unset (no category / no topics / no plans), best first, without the ones staff rejected.
// A fixed number of queries whatever the number of inputs (model id, inputs, decisions,
// topic and plan names); the model itself is cached in memory.
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type UiLocale } from "@/lib/i18n/config";
import { translateKey } from "@/lib/i18n/translator";
import { predict, type Prediction } from "./classifier/model";
import { currentModel } from "./model-store";
import { planIdsOf } from "./training-data";

export type Suggestion = { value: string; label: string; confidence: number };
export type InputSuggestions = { category: Suggestion[]; topics: Suggestion[]; plans: Suggestion[] };
export type SuggestionFieldName = "category" | "topic" | "plan";

const TOP = { category: 3, topics: 3, plans: 2 } as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type InputRow = { id: string; text: string; lemmas: string; has_category: boolean; has_topics: boolean; has_plans: boolean };

export async function suggestionsFor(inputIds: readonly string[], opts: { locale?: UiLocale } = {}): Promise<Map<string, InputSuggestions>> {
  const out = new Map<string, InputSuggestions>();
  const ids = [...new Set(inputIds.filter((id) => UUID.test(id)))];
  if (ids.length === 0) return out;
  const current = await currentModel();
  if (!current) return out;
  const rows = await db.$queryRaw<InputRow[]>`
    SELECT i.id::text AS id, i.text, i.search_lemmas AS lemmas, i.category IS NOT NULL AS has_category,
           EXISTS (SELECT 1 FROM input_tag it WHERE it.input_id = i.id) AS has_topics,
           EXISTS (SELECT 1 FROM input_thematic_plan p WHERE p.input_id = i.id) AS has_plans
      FROM input i WHERE i.id = ANY(${ids}::uuid[])`;
  const open = rows.filter((r) => !r.has_category || !r.has_topics || !r.has_plans);
  if (open.length === 0) return out;
  const [rejected, tags, plans] = await Promise.all([
    db.suggestionDecision.findMany({
      where: { inputId: { in: open.map((r) => r.id) }, decision: "REJECTED" },
      select: { inputId: true, field: true, value: true },
    }),
    open.some((r) => !r.has_topics) ? db.tag.findMany({ where: { mergedIntoId: null }, select: { id: true, name: true } }) : [],
    open.some((r) => !r.has_plans) ? db.thematicPlan.findMany({ select: { id: true, name: true } }) : [],
  ]);
  const no = new Set(rejected.map((d) => `${d.inputId}|${d.field}|${d.value}`));
  const tagName = new Map(tags.map((t) => [t.id, t.name]));
  const planName = new Map(plans.map((p) => [p.id, p.name]));
  const locale = opts.locale ?? DEFAULT_LOCALE;
  const planLabel = (key: string) => {
    const names = planIdsOf(key).map((id) => planName.get(id));
    return names.every(Boolean) ? names.join(" + ") : null;
  };

  for (const r of open) {
    const p: Prediction = predict(current.model, r.text, r.lemmas);
    const pick = (field: SuggestionFieldName, ranked: Prediction["category"], top: number, label: (v: string) => string | null): Suggestion[] =>
      ranked
        .filter((s) => !no.has(`${r.id}|${field}|${s.label}`))
        .map((s) => ({ value: s.label, label: label(s.label), confidence: s.confidence }))
        .filter((s): s is Suggestion => s.label !== null)
        .slice(0, top);
    out.set(r.id, {
      category: r.has_category ? [] : pick("category", p.category, TOP.category, (v) => translateKey(locale, `inbox.category.${v}`)),
      topics: r.has_topics ? [] : pick("topic", p.topics, TOP.topics, (v) => tagName.get(v) ?? null),
      plans: r.has_plans ? [] : pick("plan", p.plan, TOP.plans, planLabel),
    });
  }
  return out;
}

/** Confidence in words, for people: høy / middels / lav. */
export const confidenceLevel = (c: number): "high" | "medium" | "low" => (c >= 0.7 ? "high" : c >= 0.4 ? "medium" : "low");
