// Checks e-mail + password behind throttles counted in Postgres (so every app instance sees
// the same counts). Nothing here lets a stranger keep a person out or tells whether an e-mail
// has an account:
//   - per account and client: after 5 failures within 15 minutes (a sliding window, see
//     rate-limit.ts) that client (and only that client) is refused for that e-mail until the
//     oldest of them is 15 minutes old; the person, from their own device, still signs in with
//     the right password;
//   - per client, any account: 30 failures within 15 minutes (password spraying from one address;
//     successful sign-ins from a busy office behind one address do not count);
//   - in total: 600 attempts a minute (a flood from many addresses cannot burn every core on
//     argon2).
// Throttles are keyed by a hash of the e-mail as typed, known or not, and an unknown e-mail
// costs the same argon2 verify and the same counter writes as a wrong password, so unknown,
// wrong and throttled look the same for every address.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { log } from "@/lib/logger";
import { dummyVerify, verifyPassword } from "@/lib/passwords";
import { countRecentHits, hitRateLimit, recordHit } from "@/lib/rate-limit";

export const MAX_FAILED_PER_CLIENT = 5;
export const MAX_FAILURES_PER_CLIENT = 30;
export const MAX_ATTEMPTS_TOTAL_PER_MINUTE = 600;
export const THROTTLE_MINUTES = 15;
const WINDOW = THROTTLE_MINUTES * 60;

export type AuthResult =
  { ok: true; user: { id: string; name: string; email: string; role: string; sessionVersion: number } } | { ok: false; reason: "invalid" | "throttled" };

const hashed = (value: string) =>
  createHash("sha256")
    .update(`${value}|${process.env.AUTH_SECRET ?? ""}`)
    .digest("hex")
    .slice(0, 32);

/** `client` is the caller's client key (client-address.ts); tests pass their own. */
export async function authenticate(emailRaw: string, password: string, now = new Date(), client = "unknown"): Promise<AuthResult> {
  const email = emailRaw.trim().toLowerCase();
  const failKey = `signin:fail:${hashed(email)}:${client}`;
  const clientFailKey = `signin:client-fail:${client}`;
  const throttled = await db.$transaction(async (tx) => {
    const total = await hitRateLimit(tx, "signin:total", MAX_ATTEMPTS_TOTAL_PER_MINUTE, 60, now);
    const clientFailures = await countRecentHits(tx, clientFailKey, WINDOW, now);
    const failures = await countRecentHits(tx, failKey, WINDOW, now);
    return !total || clientFailures >= MAX_FAILURES_PER_CLIENT || failures >= MAX_FAILED_PER_CLIENT;
  });
  if (throttled) {
    log.warn("sign-in throttled", { client });
    return { ok: false, reason: "throttled" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, role: true, passwordHash: true, sessionVersion: true, deactivatedAt: true },
  });
  const known = !!user?.passwordHash && !user.deactivatedAt;
  const verified = known ? await verifyPassword(user.passwordHash!, password) : await dummyVerify(password);
  if (verified && user) {
    await db.user.update({ where: { id: user.id }, data: { lastLoginAt: now } });
    return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: user.role, sessionVersion: user.sessionVersion } };
  }
  await db.$transaction(async (tx) => {
    await recordHit(tx, failKey, now);
    await recordHit(tx, clientFailKey, now);
  });
  return { ok: false, reason: "invalid" };
}
