// Reads for the politician's evaluation page and the reminders on their landing page.
import { activityWhenWhereSelect } from "@/features/processes/activity-select";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { evaluationBlock, type EvaluationBlock } from "./evaluation-rules";

export const evaluationFields = {
  id: true,
  preparationHours: true,
  executionHours: true,
  costNok: true,
  participants: true,
  workedWell: true,
  workedLessWell: true,
  wouldUseAgain: true,
  transferable: true,
  comments: true,
  updatedAt: true,
  reachedGroups: { select: { targetGroup: { select: { id: true, name: true } } } },
} satisfies Prisma.MethodEvaluationSelect;

type EvaluationRow = Prisma.MethodEvaluationGetPayload<{ select: typeof evaluationFields }>;

/** Decimals as numbers and reached groups as a flat list, for display and form defaults. */
export function toEvaluation(e: EvaluationRow) {
  const { reachedGroups, preparationHours, executionHours, ...rest } = e;
  return {
    ...rest,
    preparationHours: preparationHours.toNumber(),
    executionHours: executionHours.toNumber(),
    reachedGroups: reachedGroups.map((g) => g.targetGroup),
  };
}
export type Evaluation = ReturnType<typeof toEvaluation>;

/**
 * One activity as the evaluating politician sees it: the summary, the process's target
 * groups (the activity's own first), their evaluation if any, and why they cannot
 * evaluate, if they cannot. Null when the activity does not exist.
 */
export async function evaluationPage(activityId: string, userId: string, now = new Date()) {
  if (!isUuid(activityId)) return null;
  const a = await db.activity.findUnique({
    where: { id: activityId },
    select: {
      ...activityWhenWhereSelect,
      status: true,
      evaluationClosedAt: true,
      method: { select: { name: true } },
      district: { select: { name: true } },
      process: { select: { title: true, status: true, targetGroups: { orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } } } },
      targetGroups: { select: { targetGroupId: true } },
      signups: { where: { userId }, select: { status: true } },
      evaluations: { where: { userId }, select: evaluationFields },
    },
  });
  if (!a) return null;
  const own = new Set(a.targetGroups.map((g) => g.targetGroupId));
  const groups = a.process.targetGroups.map((g) => ({ ...g, own: own.has(g.id) }));
  const evaluation = a.evaluations[0] ? toEvaluation(a.evaluations[0]) : null;
  const block: EvaluationBlock | null = evaluationBlock(a, a.signups[0]?.status, now);
  return {
    activity: {
      id: a.id,
      title: a.title,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      place: a.place,
      isOnline: a.isOnline,
      method: a.method.name,
      district: a.district?.name ?? null,
      process: a.process.title,
      evaluationClosedAt: a.evaluationClosedAt,
    },
    groups: [...groups.filter((g) => g.own), ...groups.filter((g) => !g.own)],
    evaluation,
    block,
  };
}
export type EvaluationPage = NonNullable<Awaited<ReturnType<typeof evaluationPage>>>;

/**
 * Activities the politician took part in that are over and still wait for their evaluation:
 * one query (the conditions are sub-selects in SQL), newest first.
 */
export async function pendingEvaluations(userId: string, now = new Date()) {
  return db.activity.findMany({
    where: {
      endsAt: { lte: now },
      status: { not: "CANCELLED" },
      evaluationClosedAt: null,
      process: { status: { not: "ARCHIVED" } },
      signups: { some: { userId, status: "CONFIRMED" } },
      evaluations: { none: { userId } },
    },
    orderBy: [{ endsAt: "desc" }, { id: "asc" }],
    take: 50,
    select: { id: true, title: true, startsAt: true, method: { select: { name: true } } },
  });
}
