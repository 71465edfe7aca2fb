// Calendar subscription tokens. The token is the only secret in a feed URL (calendar apps
// cannot sign in), so it is long and random: 32 bytes = 256 bits, base64url (43 characters).
// Only its SHA-256 is stored (app_user.calendar_token): a copy of the database does not give
// anyone the feeds, and the URL is shown once, when it is made. A high-entropy random token
// needs no slow hash or salt — nobody can guess their way back from the digest.
import { createHash, randomBytes } from "node:crypto";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The subscription URL a calendar app reads. */
export const feedUrl = (origin: string, token: string) => `${origin}/kalender/${token}.ics`;

export function newCalendarToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashCalendarToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Shape check before any database lookup: a malformed path segment is simply a 404. */
export function isCalendarToken(value: string): boolean {
  return TOKEN.test(value);
}
