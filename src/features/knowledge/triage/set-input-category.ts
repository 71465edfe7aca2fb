// Sets an input's insight category by hand (source MANUAL); it must fit the phase's kind.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { categoryFits } from "./categories";
import { lockTriageInput } from "./lock-triage-input";
import type { SetInputCategory } from "./schemas";

export async function setInputCategory(tx: Tx, input: SetInputCategory) {
  const before = await lockTriageInput(tx, input.inputId);
  if (!categoryFits(before.phaseKind, input.category)) throw new AppError("CONFLICT", "knowledgeTriage.categoryWrongPhase", "category");
  const was = await tx.input.update({ where: { id: before.id }, data: { category: input.category, categorySource: "MANUAL" }, select: { id: true } });
  return { id: was.id, processId: before.processId, category: input.category };
}
