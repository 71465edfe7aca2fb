// Keyset pagination over activities ordered by (startsAt, id): one cursor format for every
// list that pages them, so a "next page" link from one list parses in any other.
import { isUuid } from "./ids";

export type StartCursor = { startsAt: Date; id: string };

export const encodeStartCursor = (row: StartCursor) => `${row.startsAt.toISOString()}_${row.id}`;

/** The cursor from a URL, or undefined when it is missing or malformed. */
export function parseStartCursor(value: string | null | undefined): StartCursor | undefined {
  const [at, id] = (value ?? "").split("_");
  if (!at || !isUuid(id) || Number.isNaN(Date.parse(at))) return undefined;
  return { startsAt: new Date(at), id };
}

/** Prisma `where` for rows strictly after the cursor in (startsAt, id) order. */
export const afterStartCursor = (c: StartCursor) => ({ OR: [{ startsAt: { gt: c.startsAt } }, { startsAt: c.startsAt, id: { gt: c.id } }] });
