// Keyset cursor for the inbox, newest first: (submittedAt desc, id desc). Same text format as
// src/lib/keyset.ts ("<iso>_<uuid>"); the comparison runs the other way.
import type { Prisma } from "@/generated/prisma/client";
import { isUuid } from "@/lib/ids";

export type InboxCursor = { submittedAt: Date; id: string };

export const encodeInboxCursor = (row: InboxCursor) => `${row.submittedAt.toISOString()}_${row.id}`;

export function parseInboxCursor(value: unknown): InboxCursor | undefined {
  const [at, id] = (typeof value === "string" ? value : "").split("_");
  if (!at || !isUuid(id) || Number.isNaN(Date.parse(at))) return undefined;
  return { submittedAt: new Date(at), id };
}

/** Rows after the cursor in list order (older, or as old with a smaller id). */
export const olderThan = (c: InboxCursor): Prisma.InputWhereInput => ({
  OR: [{ submittedAt: { lt: c.submittedAt } }, { submittedAt: c.submittedAt, id: { lt: c.id } }],
});

/** Rows before the cursor in list order (newer, or as new with a larger id). */
export const newerThan = (c: InboxCursor): Prisma.InputWhereInput => ({
  OR: [{ submittedAt: { gt: c.submittedAt } }, { submittedAt: c.submittedAt, id: { gt: c.id } }],
});
