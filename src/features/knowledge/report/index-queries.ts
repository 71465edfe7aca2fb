// What /kunnskapsgrunnlag lists: every thematic plan and every process, with how many
// non-hidden inputs each report covers (two grouped counts, none per row).
import { db } from "@/lib/db";

export type ReportTarget = { slug: string; name: string; inputs: number };

export async function listReportTargets(): Promise<{ plans: ReportTarget[]; processes: (ReportTarget & { status: string })[] }> {
  const [plans, planCounts, processes, processCounts] = await Promise.all([
    db.thematicPlan.findMany({ orderBy: { name: "asc" }, select: { id: true, slug: true, name: true } }),
    db.$queryRaw<{ id: string; n: number }[]>`
      SELECT itp.thematic_plan_id::text AS id, count(*)::int AS n
        FROM input_thematic_plan itp JOIN input i ON i.id = itp.input_id AND NOT i.is_hidden
       GROUP BY 1`,
    db.process.findMany({ orderBy: [{ status: "asc" }, { title: "asc" }], select: { id: true, slug: true, title: true, status: true } }),
    db.input.groupBy({ by: ["processId"], where: { isHidden: false }, _count: { _all: true } }),
  ]);
  const planN = new Map(planCounts.map((c) => [c.id, c.n]));
  const processN = new Map(processCounts.map((c) => [c.processId, c._count._all]));
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
