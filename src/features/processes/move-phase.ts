import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertProcessEditable } from "./guards";

/** Swaps a phase with its neighbour: ordering by keyboard (buttons), not only by dragging. */
export async function movePhase(tx: Tx, input: { processId: string; phaseId: string; direction: "up" | "down" }) {
  await assertProcessEditable(tx, input.processId);
  const phases = await tx.phase.findMany({ where: { processId: input.processId }, orderBy: { position: "asc" }, select: { id: true } });
  const i = phases.findIndex((p) => p.id === input.phaseId);
  if (i < 0) throw new AppError("NOT_FOUND", "notFound");
  const j = input.direction === "up" ? i - 1 : i + 1;
  if (j < 0 || j >= phases.length) return { id: input.phaseId };
  [phases[i], phases[j]] = [phases[j]!, phases[i]!];
  // Renumber 1..n so positions stay dense whatever happened before.
  for (const [index, p] of phases.entries()) await tx.phase.update({ where: { id: p.id }, data: { position: index + 1 } });
  return { id: input.phaseId };
}
