// Reads for the recording page: the activity with what the form needs, and the signed-in
// person's own inputs at it (newest first, keyset-paginated on (submittedAt, id)).
import { activityWhenSelect } from "@/features/processes/activity-select";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { encodeCursor, parseCursor } from "@/lib/keyset";

export const RECORDED_PAGE_SIZE = 10;

const activitySelect = {
  ...activityWhenSelect,
  place: true,
  status: true,
  districtId: true,
  process: { select: { id: true, title: true, status: true } },
  phase: { select: { kind: true, title: true } },
  method: { select: { name: true } },
  targetGroups: { select: { targetGroupId: true } },
} satisfies Prisma.ActivitySelect;

export type RecordingContext = NonNullable<Awaited<ReturnType<typeof loadRecordingContext>>>;

/** Everything the page needs to decide and draw the form, or null for an unknown activity. */
export async function loadRecordingContext(activityId: string, userId: string) {
  if (!isUuid(activityId)) return null;
  const activity = await db.activity.findUnique({ where: { id: activityId }, select: activitySelect });
  if (!activity) return null;
  const [signup, groups, districts] = await Promise.all([
    db.signup.findUnique({ where: { activityId_userId: { activityId, userId } }, select: { status: true } }),
    db.targetGroup.findMany({ where: { processId: activity.process.id }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  // The activity's own target groups first: they are the likely answer.
  const own = new Set(activity.targetGroups.map((g) => g.targetGroupId));
  return {
    activity,
    signupStatus: signup?.status ?? null,
    targetGroups: { own: groups.filter((g) => own.has(g.id)), other: groups.filter((g) => !own.has(g.id)) },
    districts,
  };
}

const recordedSelect = {
  id: true,
  text: true,
  category: true,
  language: true,
  status: true,
  receiptCode: true,
  submittedAt: true,
  targetGroup: { select: { name: true } },
  district: { select: { name: true } },
} satisfies Prisma.InputSelect;

export type RecordedRow = Prisma.InputGetPayload<{ select: typeof recordedSelect }>;

/** The person's own inputs at the activity: total count (in SQL) and one page after `cursor`. */
export async function listMyRecorded(activityId: string, userId: string, cursor?: string) {
  const where = { activityId, recordedById: userId, channel: "ACTIVITY" } satisfies Prisma.InputWhereInput;
  const after = parseCursor(cursor);
  const [total, rows] = await Promise.all([
    db.input.count({ where }),
    db.input.findMany({
      where: after ? { ...where, OR: [{ submittedAt: { lt: after.at } }, { submittedAt: after.at, id: { lt: after.id } }] } : where,
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      take: RECORDED_PAGE_SIZE + 1,
      select: recordedSelect,
    }),
  ]);
  const page = rows.slice(0, RECORDED_PAGE_SIZE);
  const last = page.at(-1);
  const next = rows.length > RECORDED_PAGE_SIZE && last ? encodeCursor(last.submittedAt, last.id) : null;
  return { total, rows: page, next };
}
