// What /kunnskapsgrunnlag lists: every thematic plan and every process, with how many
// non-hidden inputs each report covers (one grouped sum over report_count, none per row).
import { db } from "@/lib/db";

export type ReportTarget = { slug: string; name: string; inputs: number };

export async function listReportTargets(): Promise<{ plans: ReportTarget[]; processes: (ReportTarget & { status: string })[] }> {
  const [plans, processes, counts] = await Promise.all([
    db.thematicPlan.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    db.process.findMany({ orderBy: [{ status: "asc" }, { title: "asc" }], select: { id: true, slug: true, title: true, status: true } }),
    // From the report's trigger-kept counts: every non-hidden input has exactly one "day" row
    // per scope (the process, and each plan it is linked to).
    db.$queryRaw<{ plan: string | null; process: string; n: number }[]>`
      SELECT thematic_plan_id::text AS plan, process_id::text AS process, sum(n)::int AS n
        FROM report_count WHERE dim = 'day' GROUP BY 1, 2`,
  ]);
  const planN = new Map<string, number>();
  const processN = new Map<string, number>();
  for (const c of counts) {
    if (c.plan) planN.set(c.plan, (planN.get(c.plan) ?? 0) + c.n);
    else processN.set(c.process, c.n);
  }
  return {
    plans: plans.map((p) => ({ slug: p.slug, name: p.name, inputs: planN.get(p.id) ?? 0 })),
    processes: processes.map((p) => ({ slug: p.slug, name: p.title, status: p.status, inputs: processN.get(p.id) ?? 0 })),
  };
}

/** The processes a plan's report can be narrowed to (those linked to the plan). */
export function planProcessChoices(planSlug: string) {
  return db.process.findMany({
    where: { thematicPlans: { some: { thematicPlan: { slug: planSlug } } } },
    orderBy: { title: "asc" },
    select: { slug: true, title: true },
  });
}
