// Checks e-mail + password and keeps the lock-out counters: five failures in a row lock the
// account for 15 minutes. Used by the Auth.js credentials provider.
import { db } from "@/lib/db";
import { dummyVerify, verifyPassword } from "@/lib/passwords";
import { log } from "@/lib/logger";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

export type AuthResult =
  | { ok: true; user: { id: string; name: string; email: string; role: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "locked"; lockedUntil?: Date };

export async function authenticate(emailRaw: string, password: string, now = new Date()): Promise<AuthResult> {
  const email = emailRaw.trim().toLowerCase();
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, failedLoginCount: true, lockedUntil: true, sessionVersion: true, deactivatedAt: true },
  });
  if (!user || !user.passwordHash || user.deactivatedAt) {
    await dummyVerify(password);
    return { ok: false, reason: "invalid" };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    return { ok: false, reason: "locked", lockedUntil: user.lockedUntil };
  }
  if (await verifyPassword(user.passwordHash, password)) {
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
  }
  // Count atomically so parallel attempts cannot slip past the limit.
  const [row] = await db.$queryRaw<{ failed_login_count: number }[]>`
    UPDATE app_user
       SET failed_login_count = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN 1 ELSE failed_login_count + 1 END,
           locked_until = CASE WHEN locked_until IS NOT NULL AND locked_until <= ${now} THEN NULL ELSE locked_until END,
           updated_at = ${now}
     WHERE id = ${user.id}::uuid
 RETURNING failed_login_count`;
  if ((row?.failed_login_count ?? 0) >= MAX_FAILED_SIGN_INS) {
    const lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
    await db.user.update({ where: { id: user.id }, data: { lockedUntil, failedLoginCount: 0 } });
    log.warn("account locked after failed sign-ins", { userId: user.id });
    return { ok: false, reason: "locked", lockedUntil };
  }
  return { ok: false, reason: "invalid" };
}
