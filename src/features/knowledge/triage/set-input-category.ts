// Sets an input's insight category by hand (source MANUAL); it must fit the phase's kind.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockInput } from "@/lib/lock-input";
import { categoryFits } from "./categories";
import type { SetInputCategory } from "./schemas";

export async function setInputCategory(tx: Tx, input: SetInputCategory) {
  const before = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  if (!categoryFits(before.phaseKind, input.category)) throw new AppError("CONFLICT", "knowledgeTriage.categoryWrongPhase", "category");
  const was = await tx.input.update({ where: { id: before.id }, data: { category: input.category, categorySource: "MANUAL" }, select: { id: true } });
  return { id: was.id, processId: before.processId, category: input.category };
}
