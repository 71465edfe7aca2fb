// The visitor's network address, for rate limits and sign-in throttles. X-Forwarded-For is a
// list every proxy appends to, so only its right end can be trusted: with TRUSTED_PROXIES=N
// reverse proxies of our own in front, the client is the N-th entry from the right (what the
// outermost of our proxies saw). Anything further left was written by the client and is
// ignored. Without a proxy, `next start` fills the header from the socket when the client sent
// none (TRUSTED_PROXIES=1 then reads that entry; see README "Configuration").
import { createHash } from "node:crypto";

export const DEFAULT_TRUSTED_PROXIES = 1;

export function trustedProxies(raw = process.env.TRUSTED_PROXIES): number {
  const n = Number(raw ?? DEFAULT_TRUSTED_PROXIES);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : DEFAULT_TRUSTED_PROXIES;
}

/** The client's address, or "unknown" when no usable header is there. */
export function clientAddress(headers: Headers, proxies = trustedProxies()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  // N trusted proxies: the N-th from the right. With 0 the header is the client's own claim,
  // so the last entry (the one closest to us) is the least bad choice.
  const index = Math.max(0, entries.length - Math.max(1, proxies));
  const address = entries[index]!;
  return /^[0-9a-fA-F:.[\]%a-zA-Z-]{1,64}$/.test(address) ? address.toLowerCase() : "unknown";
}

/** A keyed hash of the address: enough to count by, nothing personal to store. */
export function clientKey(headers: Headers, proxies = trustedProxies()): string {
  return createHash("sha256")
    .update(`${clientAddress(headers, proxies)}|${process.env.AUTH_SECRET ?? ""}`)
    .digest("hex")
    .slice(0, 32);
}
