// Reads for the target-group pages. Explicit selects; usage is counted in SQL (_count).
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

const groupSelect = {
  id: true,
  name: true,
  description: true,
  importance: true,
  difficulty: true,
  position: true,
  audience: { select: { id: true, name: true } },
  _count: { select: { activities: true, inputs: true, evaluations: true } },
} as const;

/** A process's groups in the order they were added, with how many activities and inputs use each. */
export async function listTargetGroups(processId: string) {
  return db.targetGroup.findMany({ where: { processId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: groupSelect });
}
export type TargetGroupRow = Awaited<ReturnType<typeof listTargetGroups>>[number];

/** One group of one process (null when either is unknown or they do not belong together). */
export async function getTargetGroup(processId: string, id: string) {
  if (!isUuid(id)) return null;
  return db.targetGroup.findFirst({ where: { id, processId }, select: groupSelect });
}

/** The cross-process kinds of target group, for the audience select. */
export async function listAudiences() {
  return db.audience.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } });
}
