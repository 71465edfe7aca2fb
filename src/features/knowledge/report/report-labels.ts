// Names for the ids the aggregates return: one query per kind of row, over the ids found
// (and, for coverage, every target group and district, so groups nobody reached show as 0).
import type { Tx } from "@/lib/db";

export type ReportLabelIds = { processIds: string[]; methodIds: string[]; activityIds: string[]; topicIds: string[] };

export async function loadReportLabels(db: Tx, ids: ReportLabelIds) {
  const [targetGroups, districts, methods, activities, topics, processes] = await Promise.all([
    db.targetGroup.findMany({
      where: { processId: { in: ids.processIds } },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, processId: true },
    }),
    db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.method.findMany({ where: { id: { in: ids.methodIds } }, select: { id: true, name: true } }),
    db.activity.findMany({
      where: { id: { in: ids.activityIds } },
      select: { id: true, title: true, startsAt: true, method: { select: { name: true } } },
    }),
    db.tag.findMany({ where: { id: { in: ids.topicIds } }, select: { id: true, name: true } }),
    db.process.findMany({ where: { id: { in: ids.processIds } }, select: { id: true, title: true } }),
  ]);
  return { targetGroups, districts, methods, activities, topics, processes };
}
