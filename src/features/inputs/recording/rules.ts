// Who may record inputs at an activity, and when: one place, used by the service (which
// refuses) and by the page (which explains instead of showing a form that would fail).
import type { ActivityStatus, ProcessStatus, Role, SignupStatus } from "@/generated/prisma/enums";

export type RecordingActivity = {
  status: ActivityStatus;
  startsAt: Date;
  process: { status: ProcessStatus };
};

/** The `errors.recording.*` key that refuses recording, or null when it is allowed. */
export function recordingRefusal(activity: RecordingActivity, actor: { role: Role }, signupStatus: SignupStatus | null, now: Date): string | null {
  if (activity.process.status === "ARCHIVED") return "recording.archived";
  if (activity.status === "CANCELLED") return "recording.cancelled";
  if (activity.startsAt > now) return "recording.notStarted";
  // The administration records for any activity (e.g. from paper notes); politicians only
  // where they had a confirmed place.
  if (actor.role === "ADMIN") return null;
  if (signupStatus === "WAITLISTED") return "recording.waitlisted";
  if (signupStatus !== "CONFIRMED") return "recording.notSignedUp";
  return null;
}
