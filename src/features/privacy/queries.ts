// Reads for the privacy pages: what the receipt page shows a citizen about their own input,
// and the administration's list of requests (keyset pagination, open ones first).
import type { PrivacyRequestStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { encodeCursor, parseCursor } from "@/lib/keyset";
import { normalizeReceiptCode } from "@/lib/receipt-code";
import { maskEmail, maskName, maskPhone } from "./mask";

/** Everything stored about the input, for its sender: contact details only masked. */
export async function getStoredData(code: string) {
  const receiptCode = normalizeReceiptCode(code);
  if (!receiptCode) return null;
  const input = await db.input.findUnique({
    where: { receiptCode },
    select: {
      receiptCode: true,
      text: true,
      language: true,
      anonymisedAt: true,
      contact: { select: { name: true, email: true, phone: true, consentAt: true } },
      district: { select: { name: true } },
      targetGroup: { select: { name: true } },
      ageMin: true,
      ageMax: true,
      process: { select: { closedAt: true, retentionMonths: true } },
      privacyRequests: {
        select: { id: true, kind: true, status: true, resolution: true, createdAt: true, handledAt: true },
        orderBy: { createdAt: "desc" },
        take: 20,
      },
    },
  });
  if (!input) return null;
  const { contact, ...rest } = input;
  return {
    ...rest,
    contact: contact && { name: maskName(contact.name), email: maskEmail(contact.email), phone: maskPhone(contact.phone), consentAt: contact.consentAt },
  };
}

export const REQUESTS_PAGE = 25;

/**
 * Requests of one status, newest first, REQUESTS_PAGE at a time after the cursor `before`
 * ("<iso>_<uuid>", lib/keyset.ts): the cursor carries the position, so a page is one query.
 */
export async function listPrivacyRequests(status: PrivacyRequestStatus, before?: string) {
  const cursor = parseCursor(before);
  const rows = await db.privacyRequest.findMany({
    where: {
      status,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.at } }, { createdAt: cursor.at, id: { lt: cursor.id } }] } : {}),
    },
    select: {
      id: true,
      kind: true,
      status: true,
      receiptCode: true,
      createdAt: true,
      handledAt: true,
      input: { select: { process: { select: { title: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: REQUESTS_PAGE + 1,
  });
  const last = rows[REQUESTS_PAGE - 1];
  return { rows: rows.slice(0, REQUESTS_PAGE), next: rows.length > REQUESTS_PAGE && last ? encodeCursor(last.createdAt, last.id) : null };
}

export async function countOpenPrivacyRequests() {
  return db.privacyRequest.count({ where: { status: "OPEN" } });
}

export async function getPrivacyRequest(id: string) {
  return db.privacyRequest.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      status: true,
      message: true,
      replyEmail: true,
      resolution: true,
      receiptCode: true,
      createdAt: true,
      handledAt: true,
      handledBy: { select: { name: true } },
      input: {
        select: {
          id: true,
          text: true,
          anonymisedAt: true,
          submittedAt: true,
          channel: true,
          process: { select: { title: true } },
          contact: { select: { name: true, email: true, phone: true } },
        },
      },
    },
  });
}
