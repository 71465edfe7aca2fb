import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertProcessEditable } from "./guards";
import { questionsToStore } from "./guiding-questions";
import { assertInsideProcess } from "./phase-rules";
import type { PhaseInput } from "./schemas";

/** Creates a phase (last in order) or updates one; dates must lie inside the process's period. */
export async function savePhase(tx: Tx, input: PhaseInput) {
  const process = await assertProcessEditable(tx, input.processId);
  assertInsideProcess(process, input);
  const data = {
    kind: input.kind,
    title: input.title,
    description: input.description,
    // Empty means "the defaults of the phase's kind", looked up when shown (guiding-questions.ts),
    // so changing the kind changes the questions; the defaults themselves are never copied in.
    guidingQuestions: questionsToStore(input.guidingQuestions),
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    expectedOutput: input.expectedOutput,
    owner: input.owner,
  };
  if (input.phaseId) {
    const found = await tx.phase.findFirst({ where: { id: input.phaseId, processId: input.processId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "notFound");
    return tx.phase.update({ where: { id: input.phaseId }, data, select: { id: true } });
  }
  const last = await tx.phase.aggregate({ where: { processId: input.processId }, _max: { position: true } });
  return tx.phase.create({ data: { ...data, processId: input.processId, position: (last._max.position ?? 0) + 1 }, select: { id: true } });
}
