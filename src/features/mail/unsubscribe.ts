// A one-click unsubscribe from a link in a message: the signed token names the message, the
// message names the address and the kind. Works without signing in and without JavaScript
// (GET shows a confirm page with a form; the POST — also RFC 8058's one-click POST — acts).
import { db } from "@/lib/db";
import { kindsTurnedOffBy } from "./kinds";
import { verifyUnsubscribeToken } from "./token";

export type UnsubscribeTarget = { messageId: string; maskedAddress: string; kind: import("@/generated/prisma/enums").MailKind; locale: string };

/** "k***@example.no": enough for the owner to recognise, little for anyone who got the link forwarded. */
export function maskAddress(address: string): string {
  const [local = "", domain = ""] = address.split("@");
  return `${local.slice(0, 1)}***@${domain}`;
}

export async function unsubscribeTarget(token: string | null | undefined): Promise<UnsubscribeTarget | null> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return null;
  const message = await db.outboxMessage.findUnique({ where: { id }, select: { id: true, recipient: true, kind: true, locale: true } });
  if (!message) return null;
  return { messageId: message.id, maskedAddress: maskAddress(message.recipient), kind: message.kind, locale: message.locale };
}

/** Turns the message's kind(s) off for its address; true when the token was good. Idempotent. */
export async function unsubscribe(token: string | null | undefined): Promise<boolean> {
  const id = verifyUnsubscribeToken(token);
  if (!id) return false;
  const message = await db.outboxMessage.findUnique({ where: { id }, select: { recipient: true, kind: true } });
  if (!message) return false;
  await db.mailOptOut.createMany({ data: kindsTurnedOffBy(message.kind).map((kind) => ({ address: message.recipient, kind })), skipDuplicates: true });
  return true;
}
