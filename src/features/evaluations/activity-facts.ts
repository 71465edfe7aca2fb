// Facts about ONE activity are counted once (issue #16 item 3): how many took part and what
// it cost are the agreed figures the administration set on the activity, else the median of
// the politicians' estimates (each politician reports the same event). Politician-hours are
// per politician and do add up. The evaluation summary reads this live definition; the method
// comparison (group leaders) reads the same facts from the activity_fact roll-up, which
// triggers on method_evaluation keep (migration 20261207230000_activity_fact), with the agreed
// figures from the activity; tests/integration/activity-fact.test.ts checks the two agree.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

/**
 * One row per activity matching `where` (over `activity a`): the number of evaluations, the
 * politician-hours (sum of preparation + execution), and participants / cost counted once
 * with where the figure comes from ('AGREED', 'MEDIAN', or null when nobody has estimated).
 */
export const activityFactsSql = (where: Prisma.Sql) => Prisma.sql`
  SELECT a.id AS activity_id,
         count(e.id)::int AS evaluations,
         coalesce(sum(e.preparation_hours), 0)::float8 AS preparation_hours,
         coalesce(sum(e.execution_hours), 0)::float8 AS execution_hours,
         avg(e.would_use_again)::float8 AS would_use_again,
         coalesce(a.agreed_participants, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY e.participants))::int) AS participants,
         CASE WHEN a.agreed_participants IS NOT NULL THEN 'AGREED' WHEN count(e.id) > 0 THEN 'MEDIAN' END AS participants_source,
         coalesce(a.agreed_cost_nok, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY e.cost_nok))::int) AS cost_nok,
         CASE WHEN a.agreed_cost_nok IS NOT NULL THEN 'AGREED' WHEN count(e.id) > 0 THEN 'MEDIAN' END AS cost_source,
         min(e.participants)::int AS participants_min, max(e.participants)::int AS participants_max,
         min(e.cost_nok)::int AS cost_min, max(e.cost_nok)::int AS cost_max
    FROM activity a
    LEFT JOIN method_evaluation e ON e.activity_id = a.id
   WHERE ${where}
   GROUP BY a.id`;

export type FactSource = "AGREED" | "MEDIAN" | null;
type FactRow = {
  evaluations: number;
  preparation_hours: number;
  execution_hours: number;
  would_use_again: number | null;
  participants: number | null;
  participants_source: FactSource;
  cost_nok: number | null;
  cost_source: FactSource;
  participants_min: number | null;
  participants_max: number | null;
  cost_min: number | null;
  cost_max: number | null;
};

export type CountedOnce = { value: number | null; source: FactSource; estimates: number; min: number | null; max: number | null };

/** The summary of one activity's evaluations ("Samlet"). One query. */
export async function activityFacts(activityId: string) {
  const [r] = await db.$queryRaw<FactRow[]>(activityFactsSql(Prisma.sql`a.id = ${activityId}::uuid`));
  if (!r) return null;
  const n = r.evaluations;
  const avg = (sum: number) => (n ? sum / n : null);
  return {
    count: n,
    preparationHours: { sum: r.preparation_hours, avg: avg(r.preparation_hours) },
    executionHours: { sum: r.execution_hours, avg: avg(r.execution_hours) },
    politicianHours: r.preparation_hours + r.execution_hours,
    wouldUseAgain: r.would_use_again,
    participants: {
      value: r.participants,
      source: r.participants_source,
      estimates: n,
      min: r.participants_min,
      max: r.participants_max,
    } satisfies CountedOnce,
    costNok: { value: r.cost_nok, source: r.cost_source, estimates: n, min: r.cost_min, max: r.cost_max } satisfies CountedOnce,
  };
}
export type ActivityFacts = NonNullable<Awaited<ReturnType<typeof activityFacts>>>;
