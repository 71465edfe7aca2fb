// Demo «Til avklaring» for DEMRE (data/demre-questions.ts): questions on the decision points
// found by title; decided ones recorded by the administrator on the meeting's date.
import { DEMRE_QUESTIONS } from "@/features/demo/data/demre-questions";
import type { Tx } from "@/lib/db";

export async function seedDecisionDemo(tx: Tx, { processId, recordedById }: { processId: string; recordedById: string | null }) {
  const milestones = await tx.milestone.findMany({
    where: { processId, isDecisionPoint: true, title: { in: DEMRE_QUESTIONS.map((q) => q.milestoneTitle) } },
    select: { id: true, title: true, date: true },
  });
  for (const group of DEMRE_QUESTIONS) {
    const m = milestones.find((x) => x.title === group.milestoneTitle);
    if (!m) throw new Error(`Demo data refers to unknown decision point "${group.milestoneTitle}"`);
    await tx.decisionQuestion.createMany({
      data: group.questions.map((q, i) => ({
        milestoneId: m.id,
        position: i + 1,
        question: q.question,
        isPublic: q.isPublic,
        ...(q.decided ? { decidedText: q.decided, decidedOn: m.date, decidedById: recordedById } : {}),
      })),
    });
  }
}
