// Reads for the administration's sign-up page and CSV export of one activity.
import { activityWhenSelect } from "@/features/processes/activity-select";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

/** The activity with its confirmed list and waitlist (queue order); null if not in the process. */
export async function activitySignups(processId: string, activityId: string) {
  if (!isUuid(activityId)) return null;
  const activity = await db.activity.findFirst({
    where: { id: activityId, processId },
    select: {
      ...activityWhenSelect,
      place: true,
      status: true,
      politicianCapacity: true,
      method: { select: { name: true } },
      signups: {
        where: { status: { in: ["CONFIRMED", "WAITLISTED"] } },
        orderBy: [{ queuedAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          status: true,
          queuedAt: true,
          promotedAt: true,
          user: { select: { id: true, name: true, email: true, role: true, party: { select: { shortName: true, name: true } } } },
        },
      },
    },
  });
  if (!activity) return null;
  const { signups, ...rest } = activity;
  return { ...rest, confirmed: signups.filter((s) => s.status === "CONFIRMED"), waitlist: signups.filter((s) => s.status === "WAITLISTED") };
}
export type ActivitySignups = NonNullable<Awaited<ReturnType<typeof activitySignups>>>;

/** Active politicians and group leaders not already on the list (confirmed or waiting). */
export async function signupCandidates(activityId: string) {
  return db.user.findMany({
    where: {
      role: { in: ["POLITICIAN", "GROUP_LEADER"] },
      deactivatedAt: null,
      signups: { none: { activityId, status: { in: ["CONFIRMED", "WAITLISTED"] } } },
    },
    orderBy: { name: "asc" },
    take: 500,
    select: { id: true, name: true, party: { select: { shortName: true } } },
  });
}
