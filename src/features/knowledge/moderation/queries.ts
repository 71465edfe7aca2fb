// Reads for moderation: the review queue (held inputs, newest first, keyset pages on
// (submitted_at desc, id desc) — the partial index input_review_queue_idx serves it) and one
// input for the redaction page. The original text is read here only for administrators.
import { encodeInboxCursor, olderThan, type InboxCursor } from "@/features/inputs/inbox/cursor";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";

export const REVIEW_PAGE_SIZE = 25;

const reviewSelect = {
  id: true,
  text: true,
  language: true,
  redactedText: true,
  flags: true,
  receiptCode: true,
  channel: true,
  submittedAt: true,
  process: { select: { title: true } },
} satisfies Prisma.InputSelect;
export type ReviewRow = Prisma.InputGetPayload<{ select: typeof reviewSelect }>;

const reviewWhere: Prisma.InputWhereInput = { heldForReview: true, isHidden: false };

export async function listReviewQueue(after?: InboxCursor) {
  const rows = await db.input.findMany({
    where: after ? { AND: [reviewWhere, olderThan(after)] } : reviewWhere,
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: REVIEW_PAGE_SIZE + 1,
    select: reviewSelect,
  });
  const page = rows.slice(0, REVIEW_PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, next: rows.length > REVIEW_PAGE_SIZE && last ? encodeInboxCursor(last) : undefined };
}

export const countReviewQueue = () => db.input.count({ where: reviewWhere });

const redactionSelect = {
  id: true,
  text: true,
  language: true,
  redactedText: true,
  flags: true,
  heldForReview: true,
  isHidden: true,
  receiptCode: true,
  process: { select: { title: true } },
} satisfies Prisma.InputSelect;
export type RedactionInput = Prisma.InputGetPayload<{ select: typeof redactionSelect }>;

export async function inputForRedaction(id: string): Promise<RedactionInput | null> {
  if (!isUuid(id)) return null;
  return db.input.findUnique({ where: { id }, select: redactionSelect });
}
