// Keyset pagination: every list that pages by (a time, id) writes its cursor one way,
// "<iso>_<uuid>" (encodeCursor/parseCursor); the lists name the time after their column.
// Activities are ordered by (startsAt, id): one cursor for every list that pages them, so a
// "next page" link from one list parses in any other.
import { isUuid } from "./ids";

/** A keyset position: the row's time (its sort column) and id. */
export type TimeCursor = { at: Date; id: string };

/** "<iso>_<uuid>", the one text form of a keyset cursor. */
export const encodeCursor = (at: Date, id: string) => `${at.toISOString()}_${id}`;

/** The cursor from a URL, or undefined when it is missing or malformed. */
export function parseCursor(value: unknown): TimeCursor | undefined {
  const [at, id] = (typeof value === "string" ? value : "").split("_");
  if (!at || !isUuid(id) || Number.isNaN(Date.parse(at))) return undefined;
  return { at: new Date(at), id };
}

export type StartCursor = { startsAt: Date; id: string };

export const encodeStartCursor = (row: StartCursor) => encodeCursor(row.startsAt, row.id);

export function parseStartCursor(value: string | null | undefined): StartCursor | undefined {
  const c = parseCursor(value);
  return c && { startsAt: c.at, id: c.id };
}

/** Prisma `where` for rows strictly after the cursor in (startsAt, id) order. */
export const afterStartCursor = (c: StartCursor) => ({ OR: [{ startsAt: { gt: c.startsAt } }, { startsAt: c.startsAt, id: { gt: c.id } }] });
