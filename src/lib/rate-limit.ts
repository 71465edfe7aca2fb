// Rate limits counted in Postgres, so every app instance sees the same count. Two kinds:
//   - fixed windows (`hitRateLimit`): cheap, one row per key and window; right for floods and
//     spam, where letting up to twice the limit through across a window boundary is harmless;
//   - sliding windows (`recordHit` + `countRecentHits`): hits kept in 10-second steps and summed
//     over the last window, for the sign-in throttles, where a fixed window let an attacker guess
//     five times before a quarter hour and five more just after it.
// Old rows are deleted hourly (`pruneRateLimits`): they hold keyed hashes of client addresses.
import type { Tx } from "./db";

/** The step sliding windows are counted in: a hit leaves the window at most this much late. */
export const RATE_STEP_SECONDS = 10;
/** Rows older than this are gone; longer than any window in use (the longest is an hour). */
const KEEP_HOURS = 24;

const floorTo = (now: Date, seconds: number) => new Date(Math.floor(now.getTime() / (seconds * 1000)) * seconds * 1000);

/** Counts one hit for `key` in the current fixed window; true while the count is within `limit`. */
export async function hitRateLimit(tx: Tx, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (key, window_start, count) VALUES (${key}, ${floorTo(now, windowSeconds)}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1
    RETURNING count`;
  return (row?.count ?? 0) <= limit;
}

/** Records one hit for `key` for the sliding count. */
export async function recordHit(tx: Tx, key: string, now = new Date()): Promise<void> {
  await tx.$executeRaw`
    INSERT INTO rate_limit (key, window_start, count) VALUES (${key}, ${floorTo(now, RATE_STEP_SECONDS)}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1`;
}

/**
 * Hits for `key` in the last `windowSeconds`. The step holding the window's start is counted
 * whole, so a hit is counted for up to one step longer than the window, never shorter.
 */
export async function countRecentHits(tx: Tx, key: string, windowSeconds: number, now = new Date()): Promise<number> {
  const from = floorTo(new Date(now.getTime() - windowSeconds * 1000), RATE_STEP_SECONDS);
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    SELECT COALESCE(SUM(count), 0)::int AS count FROM rate_limit WHERE key = ${key} AND window_start >= ${from} AND window_start <= ${now}`;
  return row?.count ?? 0;
}

/** Deletes counts no window looks at any more; returns how many rows went. */
export async function pruneRateLimits(tx: Tx, now = new Date()): Promise<number> {
  return tx.$executeRaw`DELETE FROM rate_limit WHERE window_start < ${new Date(now.getTime() - KEEP_HOURS * 3_600_000)}`;
}
