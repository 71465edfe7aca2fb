// The administration's view of one activity's evaluations: every politician's answers and
// the sums and averages, computed in SQL.
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { evaluationFields, toEvaluation } from "./queries";

/** Null when the activity is not in the process. */
export async function activityEvaluations(processId: string, activityId: string) {
  if (!isUuid(activityId)) return null;
  const activity = await db.activity.findFirst({
    where: { id: activityId, processId },
    select: {
      id: true,
      title: true,
      startsAt: true,
      endsAt: true,
      status: true,
      evaluationClosedAt: true,
      method: { select: { name: true } },
      _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
    },
  });
  if (!activity) return null;
  const [rows, totals] = await Promise.all([
    db.methodEvaluation.findMany({
      where: { activityId },
      // Bounded by the activity's places; no pagination needed.
      orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
      take: 500,
      select: { ...evaluationFields, user: { select: { name: true, party: { select: { shortName: true } } } } },
    }),
    db.methodEvaluation.aggregate({
      where: { activityId },
      _count: { _all: true },
      _sum: { preparationHours: true, executionHours: true, costNok: true, participants: true },
      _avg: { preparationHours: true, executionHours: true, costNok: true, participants: true, wouldUseAgain: true },
    }),
  ]);
  const num = (v: { toNumber(): number } | number | null | undefined) => (v == null ? null : typeof v === "number" ? v : v.toNumber());
  const { _count, ...rest } = activity;
  return {
    activity: { ...rest, method: activity.method.name, confirmed: _count.signups },
    evaluations: rows.map(({ user, ...e }) => ({ ...toEvaluation(e), user: { name: user.name, party: user.party?.shortName ?? null } })),
    totals: {
      count: totals._count._all,
      sum: { preparationHours: num(totals._sum.preparationHours), executionHours: num(totals._sum.executionHours), costNok: num(totals._sum.costNok), participants: num(totals._sum.participants) },
      avg: {
        preparationHours: num(totals._avg.preparationHours),
        executionHours: num(totals._avg.executionHours),
        costNok: num(totals._avg.costNok),
        participants: num(totals._avg.participants),
        wouldUseAgain: num(totals._avg.wouldUseAgain),
      },
    },
  };
}
export type ActivityEvaluations = NonNullable<Awaited<ReturnType<typeof activityEvaluations>>>;
