// Keyset cursor over inputs, newest first: (submittedAt desc, id desc), in src/lib/keyset.ts's
// text form ("<iso>_<uuid>"); the comparison runs the other way. Every list of inputs pages
// with it (inbox, review queue, «Dette har vi hørt» candidates, recorded inputs, suggestions).
import type { Prisma } from "@/generated/prisma/client";
import { encodeCursor, parseCursor } from "@/lib/keyset";

export type InboxCursor = { submittedAt: Date; id: string };

export const encodeInboxCursor = (row: InboxCursor) => encodeCursor(row.submittedAt, row.id);

export function parseInboxCursor(value: unknown): InboxCursor | undefined {
  const c = parseCursor(value);
  return c && { submittedAt: c.at, id: c.id };
}

/** Rows after the cursor in list order (older, or as old with a smaller id). */
export const olderThan = (c: InboxCursor): Prisma.InputWhereInput => ({
  OR: [{ submittedAt: { lt: c.submittedAt } }, { submittedAt: c.submittedAt, id: { lt: c.id } }],
});

/** Rows before the cursor in list order (newer, or as new with a larger id). */
export const newerThan = (c: InboxCursor): Prisma.InputWhereInput => ({
  OR: [{ submittedAt: { gt: c.submittedAt } }, { submittedAt: c.submittedAt, id: { gt: c.id } }],
});
