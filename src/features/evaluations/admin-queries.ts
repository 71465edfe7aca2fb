// The administration's view of one activity's evaluations: every politician's answers and
// the summary, computed in SQL. Participants and cost are facts about the one activity and
// are counted once (activity-facts.ts); politician-hours add up per politician.
import { activityWhenSelect } from "@/features/processes/activity-select";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { activityFacts } from "./activity-facts";
import { evaluationFields, toEvaluation } from "./queries";

/** Null when the activity is not in the process. */
export async function activityEvaluations(processId: string, activityId: string) {
  if (!isUuid(activityId)) return null;
  const activity = await db.activity.findFirst({
    where: { id: activityId, processId },
    select: {
      ...activityWhenSelect,
      status: true,
      evaluationClosedAt: true,
      agreedParticipants: true,
      agreedCostNok: true,
      method: { select: { name: true } },
      _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
    },
  });
  if (!activity) return null;
  const [rows, facts] = await Promise.all([
    db.methodEvaluation.findMany({
      where: { activityId },
      // Bounded by the activity's places; no pagination needed.
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      take: 500,
      select: { ...evaluationFields, user: { select: { name: true, party: { select: { shortName: true } } } } },
    }),
    activityFacts(activityId),
  ]);
  const { _count, ...rest } = activity;
  return {
    activity: { ...rest, method: activity.method.name, confirmed: _count.signups },
    evaluations: rows.map(({ user, ...e }) => ({ ...toEvaluation(e), user: { name: user.name, party: user.party?.shortName ?? null } })),
    totals: facts!,
  };
}
export type ActivityEvaluations = NonNullable<Awaited<ReturnType<typeof activityEvaluations>>>;
