// "Godta alle forslag": the best suggestion the panel showed for each unset field, in one
// transaction. A field someone set meanwhile is skipped rather than refused, so the click
// still does what it can.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applySuggestion, lockSuggestedInput } from "./decide-suggestion";
import type { AcceptAllInput } from "./schemas";

export async function acceptAllSuggestions(tx: Tx, a: AcceptAllInput, actorId: string) {
  const input = await lockSuggestedInput(tx, a.inputId);
  const accepted: { field: string; value: string }[] = [];
  if (a.category && input.category === null) {
    await applySuggestion(tx, input, { field: "category", value: a.category }, actorId);
    accepted.push({ field: "category", value: a.category });
  }
  for (const value of [...new Set(a.topic)]) {
    await applySuggestion(tx, input, { field: "topic", value }, actorId);
    accepted.push({ field: "topic", value });
  }
  if (a.plan) {
    await applySuggestion(tx, input, { field: "plan", value: a.plan }, actorId);
    accepted.push({ field: "plan", value: a.plan });
  }
  if (accepted.length === 0) throw new AppError("CONFLICT", "knowledgeSuggestions.nothingToAccept");
  return { id: input.id, processId: input.processId, accepted };
}
