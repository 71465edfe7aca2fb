// Reads for the administration's process pages.
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { phaseSelect, processFrameworkSelect } from "./queries";

export async function getProcessHeader(id: string) {
  if (!isUuid(id)) return null;
  return db.process.findUnique({ where: { id }, select: { id: true, slug: true, title: true, status: true } });
}
export type ProcessHeader = NonNullable<Awaited<ReturnType<typeof getProcessHeader>>>;

export async function listAllProcesses() {
  return db.process.findMany({
    orderBy: [{ updatedAt: "desc" }],
    take: 200,
    select: { id: true, slug: true, title: true, status: true, startsOn: true, endsOn: true, _count: { select: { inputs: true, activities: true } } },
  });
}

/** Everything the process's admin pages edit, in one read. */
export async function getProcessForAdmin(id: string) {
  if (!isUuid(id)) return null;
  return db.process.findUnique({
    where: { id },
    select: {
      ...processFrameworkSelect,
      publishedAt: true,
      copiedFrom: { select: { id: true, title: true } },
      thematicPlans: { select: { thematicPlanId: true } },
      phases: {
        orderBy: { position: "asc" },
        select: { ...phaseSelect, _count: { select: { activities: true, inputs: true } } },
      },
      milestones: {
        orderBy: { date: "asc" },
        select: { id: true, date: true, endDate: true, title: true, body: true, isDecisionPoint: true, decision: true, outcome: true, phaseId: true },
      },
      _count: { select: { targetGroups: true, activities: true, inputs: true } },
    },
  });
}
export type AdminProcess = NonNullable<Awaited<ReturnType<typeof getProcessForAdmin>>>;

export const listThematicPlans = () => db.thematicPlan.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
