// Unsubscribe tokens: the message's id and an HMAC of it (AUTH_SECRET). The link names no
// address, so a forwarded or logged URL reveals nobody; it needs no sign-in and cannot be
// guessed for someone else's message.
import { createHmac, timingSafeEqual } from "node:crypto";
import { isUuid } from "@/lib/ids";

function secret(): string {
  const value = process.env.AUTH_SECRET;
  if (!value) throw new Error("AUTH_SECRET is not set: unsubscribe links cannot be signed.");
  return value;
}

const mac = (id: string) => createHmac("sha256", secret()).update(`unsubscribe:${id}`).digest("base64url").slice(0, 32);

export const unsubscribeToken = (messageId: string) => `${messageId}.${mac(messageId)}`;

/** The message id the token was made for, or null when it is malformed or forged. */
export function verifyUnsubscribeToken(token: string | null | undefined): string | null {
  const [id, sig] = (token ?? "").split(".");
  if (!isUuid(id) || !sig) return null;
  const want = Buffer.from(mac(id));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got) ? id : null;
}

export const UNSUBSCRIBE_PATH = "/avmelding";
/** Where RFC 8058 one-click POSTs go (and the confirm page's form). */
export const UNSUBSCRIBE_POST_PATH = "/avmelding/utfor";
/** The confirm page in the message's language (?sprak=, see lib/i18n/config.ts). */
export const unsubscribeUrl = (origin: string, messageId: string, locale: string) =>
  `${origin}${UNSUBSCRIBE_PATH}?t=${unsubscribeToken(messageId)}&sprak=${locale}`;
export const oneClickUrl = (pageUrl: string) => {
  const url = new URL(pageUrl);
  url.pathname = UNSUBSCRIBE_POST_PATH;
  return url.toString();
};
