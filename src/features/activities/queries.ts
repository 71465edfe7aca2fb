import { activityWhenWhereSelect } from "@/features/processes/activity-select";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { afterStartCursor, encodeStartCursor } from "@/lib/keyset";

const PAGE = 50;

/** A process's activities in time order, keyset-paginated on (startsAt, id). */
export async function listProcessActivities(processId: string, opts: { after?: { startsAt: Date; id: string }; from?: Date; to?: Date } = {}) {
  const rows = await db.activity.findMany({
    where: {
      processId,
      ...(opts.from || opts.to ? { startsAt: { ...(opts.from ? { gte: opts.from } : {}), ...(opts.to ? { lt: opts.to } : {}) } } : {}),
      ...(opts.after ? afterStartCursor(opts.after) : {}),
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: opts.from ? 500 : PAGE + 1,
    select: {
      ...activityWhenWhereSelect,
      isPublic: true,
      status: true,
      politicianCapacity: true,
      method: { select: { name: true } },
      district: { select: { name: true } },
      phase: { select: { title: true } },
      targetGroups: { select: { targetGroup: { select: { name: true } } } },
      _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
    },
  });
  if (opts.from) return { rows, next: null };
  const last = rows.length > PAGE ? rows[PAGE - 1]! : null;
  return { rows: rows.slice(0, PAGE), next: last ? encodeStartCursor(last) : null };
}

export async function getActivity(processId: string, id: string) {
  if (!isUuid(id)) return null;
  return db.activity.findFirst({
    where: { id, processId },
    select: {
      ...activityWhenWhereSelect,
      description: true,
      isPublic: true,
      status: true,
      cancelReason: true,
      politicianCapacity: true,
      methodId: true,
      phaseId: true,
      districtId: true,
      targetGroups: { select: { targetGroupId: true } },
      _count: { select: { signups: true, inputs: true } },
    },
  });
}
export type ActivityForEdit = NonNullable<Awaited<ReturnType<typeof getActivity>>>;

/** The choices an activity form offers. */
export async function activityFormOptions(processId: string) {
  const [methods, districts, targetGroups] = await Promise.all([
    db.method.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.targetGroup.findMany({ where: { processId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { methods, districts, targetGroups };
}
