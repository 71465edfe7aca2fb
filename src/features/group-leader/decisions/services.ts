// The writes of «Til avklaring», each run inside the gate's transaction: the administration
// adds questions to a decision point and chooses which are public; an administrator or a
// group leader records a decision (text, date; who recorded it is the actor).
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AddQuestionInput, DecideQuestionInput, QuestionVisibilityInput } from "./schemas";

export async function addQuestion(tx: Tx, input: AddQuestionInput) {
  const milestone = await tx.milestone.findUnique({ where: { id: input.milestoneId }, select: { id: true, processId: true, isDecisionPoint: true } });
  if (!milestone) throw new AppError("NOT_FOUND", "notFound");
  // Questions belong to decision points only; the forms never offer anything else.
  if (!milestone.isDecisionPoint) throw new AppError("NOT_FOUND", "notFound");
  await assertProcessEditable(tx, milestone.processId);
  const last = await tx.decisionQuestion.aggregate({ where: { milestoneId: milestone.id }, _max: { position: true } });
  const q = await tx.decisionQuestion.create({
    data: { milestoneId: milestone.id, question: input.question, isPublic: input.isPublic, position: (last._max.position ?? 0) + 1 },
    select: { id: true },
  });
  return { id: q.id, processId: milestone.processId, milestoneId: milestone.id };
}

async function loadQuestion(tx: Tx, id: string) {
  const q = await tx.decisionQuestion.findUnique({
    where: { id },
    select: { id: true, decidedOn: true, milestone: { select: { id: true, processId: true } } },
  });
  if (!q) throw new AppError("NOT_FOUND", "notFound");
  await assertProcessEditable(tx, q.milestone.processId);
  return q;
}

export async function decideQuestion(tx: Tx, actorId: string, input: DecideQuestionInput) {
  const q = await loadQuestion(tx, input.questionId);
  await tx.decisionQuestion.update({ where: { id: q.id }, data: { decidedText: input.decidedText, decidedOn: input.decidedOn, decidedById: actorId } });
  return { id: q.id, processId: q.milestone.processId, milestoneId: q.milestone.id, changed: q.decidedOn !== null };
}

export async function setQuestionPublic(tx: Tx, input: QuestionVisibilityInput) {
  const q = await loadQuestion(tx, input.questionId);
  await tx.decisionQuestion.update({ where: { id: q.id }, data: { isPublic: input.isPublic } });
  return { id: q.id, processId: q.milestone.processId, isPublic: input.isPublic };
}
