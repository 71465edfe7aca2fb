import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Locks the activity row for the rest of the transaction and loads what the sign-up rules
 * need. Every change to an activity's sign-ups takes this lock first, so two politicians
 * racing for the last place are serialised: the second one counts after the first commits.
 */
export async function lockActivity(tx: Tx, activityId: string) {
  await tx.$queryRaw`SELECT id FROM activity WHERE id = ${activityId}::uuid FOR UPDATE`;
  const activity = await tx.activity.findUnique({
    where: { id: activityId },
    select: { id: true, processId: true, status: true, startsAt: true, politicianCapacity: true, process: { select: { status: true } } },
  });
  if (!activity) throw new AppError("NOT_FOUND", "notFound");
  return activity;
}
export type LockedActivity = Awaited<ReturnType<typeof lockActivity>>;
