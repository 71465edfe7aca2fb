// Fixed-window rate limits counted in Postgres, so every app instance sees the same count.
import type { Tx } from "./db";

/** Counts one hit for `key` in the current window; true while the count is within `limit`. */
export async function hitRateLimit(tx: Tx, key: string, limit: number, windowSeconds: number, now = new Date()): Promise<boolean> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await tx.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit (key, window_start, count) VALUES (${key}, ${windowStart}, 1)
    ON CONFLICT (key, window_start) DO UPDATE SET count = rate_limit.count + 1
    RETURNING count`;
  return (row?.count ?? 0) <= limit;
}

/** The count for `key` in the current window, without counting a hit. */
export async function peekRateLimit(tx: Tx, key: string, windowSeconds: number, now = new Date()): Promise<number> {
  const windowStart = new Date(Math.floor(now.getTime() / (windowSeconds * 1000)) * windowSeconds * 1000);
  const [row] = await tx.$queryRaw<{ count: number }[]>`SELECT count FROM rate_limit WHERE key = ${key} AND window_start = ${windowStart}`;
  return row?.count ?? 0;
}
