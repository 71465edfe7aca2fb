// What a kunnskapsgrunnlag report covers: the inputs linked to one thematic plan (optionally
// only those of one process), or every input of one process. Hidden inputs never count.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

export type ReportScope =
  { thematicPlanSlug: string; processId?: string | null; processSlug?: string | null } | { processId: string } | { processSlug: string };

export type ScopePlan = { id: string; slug: string; name: string; description: string };
export type ScopeProcess = { id: string; slug: string; title: string; summary: string };

export type ResolvedScope = { kind: "plan"; plan: ScopePlan; process: ScopeProcess | null } | { kind: "process"; plan: null; process: ScopeProcess };

const processSelect = { id: true, slug: true, title: true, summary: true } satisfies Prisma.ProcessSelect;

async function findProcess(ref: { id?: string | null; slug?: string | null }): Promise<ScopeProcess | null> {
  if (ref.id) return isUuid(ref.id) ? db.process.findUnique({ where: { id: ref.id }, select: processSelect }) : null;
  if (ref.slug) return db.process.findUnique({ where: { slug: ref.slug }, select: processSelect });
  return null;
}

/** The plan and/or process the scope names, or null when one of them does not exist. */
export async function resolveScope(scope: ReportScope): Promise<ResolvedScope | null> {
  if ("thematicPlanSlug" in scope) {
    const wantsProcess = !!(scope.processId || scope.processSlug);
    const [plan, process] = await Promise.all([
      db.thematicPlan.findUnique({ where: { slug: scope.thematicPlanSlug }, select: { id: true, slug: true, name: true, description: true } }),
      wantsProcess ? findProcess({ id: scope.processId, slug: scope.processSlug }) : null,
    ]);
    if (!plan || (wantsProcess && !process)) return null;
    return { kind: "plan", plan, process };
  }
  const process = await findProcess("processId" in scope ? { id: scope.processId } : { slug: scope.processSlug });
  return process ? { kind: "process", plan: null, process } : null;
}

/**
 * `FROM input i … WHERE …` selecting the scope's non-hidden inputs; `joins` go before the
 * WHERE. A plan's inputs are those with a row in input_thematic_plan (EXISTS: a semi-join, so
 * the planner may also walk an index on input and probe the link table's primary key).
 */
export function scopeFrom(scope: ResolvedScope, joins: Prisma.Sql = Prisma.empty): Prisma.Sql {
  return Prisma.sql`FROM input i ${joins} WHERE ${scopeWhere(scope)}`;
}

export function scopeWhere(scope: ResolvedScope): Prisma.Sql {
  const process = scope.process ? Prisma.sql`AND i.process_id = ${scope.process.id}::uuid` : Prisma.empty;
  const plan =
    scope.kind === "plan"
      ? Prisma.sql`AND EXISTS (SELECT 1 FROM input_thematic_plan itp WHERE itp.input_id = i.id AND itp.thematic_plan_id = ${scope.plan.id}::uuid)`
      : Prisma.empty;
  return Prisma.sql`NOT i.is_hidden ${process} ${plan}`;
}
