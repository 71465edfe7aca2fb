import { enqueueActivityCancelled, enqueueActivityChanged } from "@/features/calendar/activity-mail";
import { promoteFromWaitlist } from "@/features/participation/promote-from-waitlist";
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ActivityInput } from "./schemas";

/**
 * Creates or updates an activity: one method, in one phase of one process. Every reference is
 * checked to belong to the same process; each change bumps the iCalendar sequence so
 * subscribed calendars pick it up.
 */
export async function saveActivity(tx: Tx, input: ActivityInput) {
  await assertProcessEditable(tx, input.processId);
  // Sequential on purpose: one transaction is one connection, and pg warns on overlapping queries.
  const method = await tx.method.findUnique({ where: { id: input.methodId }, select: { id: true } });
  const phase = input.phaseId ? await tx.phase.findFirst({ where: { id: input.phaseId, processId: input.processId }, select: { id: true } }) : null;
  const district = input.districtId ? await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } }) : null;
  const groups = await tx.targetGroup.findMany({ where: { id: { in: input.targetGroupIds }, processId: input.processId }, select: { id: true } });
  if (!method) throw new AppError("INVALID", "activity.unknownMethod", "methodId");
  if (input.phaseId && !phase) throw new AppError("INVALID", "activity.unknownPhase", "phaseId");
  if (input.districtId && !district) throw new AppError("INVALID", "activity.unknownDistrict", "districtId");
  if (groups.length !== new Set(input.targetGroupIds).size) throw new AppError("INVALID", "activity.unknownTargetGroup", "targetGroupIds");

  const data = {
    methodId: input.methodId,
    phaseId: input.phaseId,
    title: input.title,
    description: input.description,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    place: input.place,
    districtId: input.districtId,
    isOnline: input.isOnline,
    politicianCapacity: input.politicianCapacity,
    isPublic: input.isPublic,
    status: input.status,
    cancelReason: input.status === "CANCELLED" ? input.cancelReason : "",
  };
  if (input.activityId) {
    // The same row lock sign-ups take, so a sign-up cannot slip in between this count and the update.
    await tx.$queryRaw`SELECT id FROM activity WHERE id = ${input.activityId}::uuid AND process_id = ${input.processId}::uuid FOR UPDATE`;
    const found = await tx.activity.findFirst({
      where: { id: input.activityId, processId: input.processId },
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        place: true,
        isOnline: true,
        status: true,
        _count: { select: { signups: { where: { status: "CONFIRMED" } } } },
      },
    });
    if (!found) throw new AppError("NOT_FOUND", "notFound");
    if (input.politicianCapacity < found._count.signups) {
      throw new AppError("INVALID", "activity.capacityBelowSignups", "politicianCapacity", { count: found._count.signups });
    }
    await tx.activityTargetGroup.deleteMany({ where: { activityId: input.activityId } });
    const updated = await tx.activity.update({
      where: { id: input.activityId },
      data: { ...data, sequence: { increment: 1 }, targetGroups: { create: input.targetGroupIds.map((targetGroupId) => ({ targetGroupId })) } },
      select: { id: true },
    });
    // More places (or a reopened activity) go to the waitlist first.
    await promoteFromWaitlist(tx, input.activityId);
    // The people signed up hear of a cancellation, or of a new time or place, with the updated event.
    if (input.status === "CANCELLED" && found.status !== "CANCELLED") await enqueueActivityCancelled(tx, { activityId: input.activityId });
    else if (
      input.status !== "CANCELLED" &&
      (+input.startsAt !== +found.startsAt || +input.endsAt !== +found.endsAt || input.place !== found.place || input.isOnline !== found.isOnline)
    ) {
      await enqueueActivityChanged(tx, { activityId: input.activityId });
    }
    return updated;
  }
  return tx.activity.create({
    data: { ...data, processId: input.processId, targetGroups: { create: input.targetGroupIds.map((targetGroupId) => ({ targetGroupId })) } },
    select: { id: true },
  });
}
