// Reads of «Til avklaring»: every decision point of a process with its questions (dashboard),
// and the decided public ones (the citizens' process page). Two queries at most.
import { db } from "@/lib/db";
import { publicCached } from "@/lib/public-cache";

export const decisionPoints = (processId: string) =>
  db.milestone.findMany({
    where: { processId, isDecisionPoint: true },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: {
      id: true,
      date: true,
      title: true,
      body: true,
      decision: true,
      questions: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, question: true, decidedText: true, decidedOn: true, isPublic: true, decidedBy: { select: { name: true } } },
      },
    },
  });
export type DecisionPoint = Awaited<ReturnType<typeof decisionPoints>>[number];

/** The public ones, from the public cache (lib/public-cache.ts). */
export const publicDecisions = (processId: string) =>
  publicCached(`decisions:${processId}`, () =>
    db.decisionQuestion.findMany({
      where: { isPublic: true, decidedOn: { not: null }, milestone: { processId } },
      orderBy: [{ milestone: { date: "asc" } }, { position: "asc" }, { id: "asc" }],
      select: { id: true, question: true, decidedText: true, decidedOn: true, milestone: { select: { title: true, body: true } } },
    }),
  );
