// Accepting or rejecting one suggestion. Accepting sets the value with source SUGGESTION
// (and who, for topics); both record the decision, so a rejected suggestion is not offered
// again for that input and the panel can say what was decided.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockInput } from "@/lib/lock-input";
import type { DecisionInput } from "./schemas";
import { planIdsOf } from "./training-data";

export type Decided = { id: string; processId: string; field: DecisionInput["field"]; value: string; decision: "ACCEPTED" | "REJECTED" };

/** The input a suggestion is decided on, locked (lib/lock-input.ts). */
export const lockSuggestedInput = (tx: Tx, inputId: string) => lockInput(tx, inputId, "knowledgeSuggestions.inputNotFound");

async function record(tx: Tx, d: { inputId: string; field: DecisionInput["field"]; value: string; decision: "ACCEPTED" | "REJECTED"; actorId: string }) {
  await tx.suggestionDecision.upsert({
    where: { inputId_field_value: { inputId: d.inputId, field: d.field, value: d.value } },
    create: { inputId: d.inputId, field: d.field, value: d.value, decision: d.decision, decidedById: d.actorId },
    update: { decision: d.decision, decidedById: d.actorId, decidedAt: new Date() },
  });
}

/** Sets one suggested value; the caller has locked the input. Refuses a field already set by someone. */
export async function applySuggestion(tx: Tx, input: { id: string; category: string | null }, d: Pick<DecisionInput, "field" | "value">, actorId: string) {
  if (d.field === "category") {
    if (input.category !== null) throw new AppError("CONFLICT", "knowledgeSuggestions.categoryAlreadySet");
    await tx.$executeRaw`UPDATE input SET category = ${d.value}::"InputCategory", category_source = 'SUGGESTION', updated_at = now() WHERE id = ${input.id}::uuid`;
  } else if (d.field === "topic") {
    const usable = await tx.tag.count({ where: { id: d.value, mergedIntoId: null } });
    if (!usable) throw new AppError("CONFLICT", "knowledgeSuggestions.topicGone");
    await tx.$executeRaw`
      INSERT INTO input_tag (input_id, tag_id, source, set_by_id) VALUES (${input.id}::uuid, ${d.value}::uuid, 'SUGGESTION', ${actorId}::uuid)
      ON CONFLICT (input_id, tag_id) DO NOTHING`;
  } else {
    const ids = planIdsOf(d.value);
    if ((await tx.thematicPlan.count({ where: { id: { in: ids } } })) !== ids.length) throw new AppError("CONFLICT", "knowledgeSuggestions.planGone");
    await tx.$executeRaw`
      INSERT INTO input_thematic_plan (input_id, thematic_plan_id, source)
      SELECT ${input.id}::uuid, p, 'SUGGESTION' FROM unnest(${ids}::uuid[]) AS p
      ON CONFLICT (input_id, thematic_plan_id) DO NOTHING`;
  }
  await record(tx, { inputId: input.id, field: d.field, value: d.value, decision: "ACCEPTED", actorId });
}

export async function acceptSuggestion(tx: Tx, d: DecisionInput, actorId: string): Promise<Decided> {
  const input = await lockSuggestedInput(tx, d.inputId);
  await applySuggestion(tx, input, d, actorId);
  return { id: input.id, processId: input.processId, field: d.field, value: d.value, decision: "ACCEPTED" };
}

export async function rejectSuggestion(tx: Tx, d: DecisionInput, actorId: string): Promise<Decided> {
  const input = await lockSuggestedInput(tx, d.inputId);
  await record(tx, { inputId: input.id, field: d.field, value: d.value, decision: "REJECTED", actorId });
  return { id: input.id, processId: input.processId, field: d.field, value: d.value, decision: "REJECTED" };
}
