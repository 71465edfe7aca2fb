import { releaseSignup } from "@/features/participation/release-signup";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertAnotherActiveAdmin, loadAccount } from "./guards";

/**
 * Deactivation ends every session at once (session_version) and stops sign-in. Sign-ups to
 * activities that have not started are withdrawn, so the places go to the waitlist at once
 * (the same release as when the administration removes someone); past sign-ups, records and
 * evaluations stay as history. The account is kept, so it can be activated again.
 */
export async function deactivateAccount(tx: Tx, actorId: string, id: string, now = new Date()) {
  if (id === actorId) throw new AppError("CONFLICT", "accounts.selfDeactivate");
  const user = await loadAccount(tx, id);
  if (user.deactivatedAt) throw new AppError("CONFLICT", "accounts.alreadyDeactivated");
  if (user.role === "ADMIN") await assertAnotherActiveAdmin(tx, id);
  await tx.user.update({ where: { id }, data: { deactivatedAt: now, sessionVersion: { increment: 1 } } });
  const upcoming = await tx.signup.findMany({
    where: { userId: id, status: { in: ["CONFIRMED", "WAITLISTED"] }, activity: { startsAt: { gt: now } } },
    orderBy: { activityId: "asc" },
    select: { activityId: true },
  });
  const promoted: string[] = [];
  // One at a time: each release locks its activity row (never Promise.all on a transaction).
  for (const s of upcoming) promoted.push(...(await releaseSignup(tx, s.activityId, id, "admin", now)).promoted);
  return { id, withdrawn: upcoming.length, promoted };
}
