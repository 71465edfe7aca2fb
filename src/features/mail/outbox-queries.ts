// Reads for the admin outbox (/admin/utsending): newest first, keyset pages on (created_at, id)
// (indexes outbox_message_created_at_id_idx and …_status_created_at_id_idx), counts per status
// in one groupBy, and one message in full.
import type { OutboxStatus } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { encodeCursor, parseCursor } from "@/lib/keyset";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxCursor = { createdAt: Date; id: string };
export const encodeOutboxCursor = (c: OutboxCursor) => encodeCursor(c.createdAt, c.id);
export function parseOutboxCursor(value: string | undefined): OutboxCursor | undefined {
  const c = parseCursor(value);
  return c && { createdAt: c.at, id: c.id };
}

export async function listOutbox(filter: { status?: OutboxStatus }, cursor?: OutboxCursor) {
  const rows = await db.outboxMessage.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE + 1,
    select: { id: true, kind: true, recipient: true, subject: true, status: true, attempts: true, createdAt: true, sentAt: true, locale: true },
  });
  const more = rows.length > OUTBOX_PAGE_SIZE;
  const page = rows.slice(0, OUTBOX_PAGE_SIZE);
  return { rows: page, next: more ? encodeOutboxCursor(page[page.length - 1]!) : null };
}

export async function outboxCounts(): Promise<Record<OutboxStatus, number>> {
  const groups = await db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } });
  const counts: Record<OutboxStatus, number> = { PENDING: 0, SENT: 0, DEAD: 0, SKIPPED: 0, CANCELLED: 0 };
  for (const g of groups) counts[g.status] = g._count._all;
  return counts;
}

export const getOutboxMessage = (id: string) =>
  isUuid(id)
    ? db.outboxMessage.findUnique({
        where: { id },
        select: {
          id: true,
          kind: true,
          recipient: true,
          locale: true,
          subject: true,
          textBody: true,
          htmlBody: true,
          attachments: true,
          status: true,
          attempts: true,
          nextAttemptAt: true,
          lastError: true,
          createdAt: true,
          sentAt: true,
          process: { select: { title: true } },
        },
      })
    : Promise.resolve(null);
