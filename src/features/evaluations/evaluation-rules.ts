// Who may evaluate an activity, and when. Shared by the service (which enforces it) and the
// page (which explains it instead of showing a form that would be refused).
type Activity = { status: string; endsAt: Date; evaluationClosedAt: Date | null; process: { status: string } };

export type EvaluationBlock = "notSignedUp" | "cancelled" | "notEnded" | "closed" | "archived";

/** Why this person cannot (or can no longer) evaluate, or null when they can. */
export function evaluationBlock(activity: Activity, signupStatus: string | null | undefined, now: Date): EvaluationBlock | null {
  if (signupStatus !== "CONFIRMED") return "notSignedUp";
  if (activity.status === "CANCELLED") return "cancelled";
  if (activity.endsAt > now) return "notEnded";
  if (activity.process.status === "ARCHIVED") return "archived";
  if (activity.evaluationClosedAt) return "closed";
  return null;
}
