// «Mine innspill»: every input a signed-in citizen sent, across processes, newest first, with
// status and the municipality's public answer. Keyset pagination on (submitted_at, id) over
// the index input(citizen_id, submitted_at DESC, id), so the list stays fast however long.
import { db } from "@/lib/db";
import { encodeCursor, parseCursor } from "@/lib/keyset";

export const MINE_PAGE_SIZE = 20;
export type MineCursor = { submittedAt: Date; id: string };

export const encodeMineCursor = (c: MineCursor) => encodeCursor(c.submittedAt, c.id);
export function parseMineCursor(value: string | undefined): MineCursor | undefined {
  const c = parseCursor(value);
  return c && { submittedAt: c.at, id: c.id };
}

export async function listCitizenInputs(citizenId: string, cursor?: MineCursor, take = MINE_PAGE_SIZE) {
  const rows = await db.input.findMany({
    where: {
      citizenId,
      ...(cursor ? { OR: [{ submittedAt: { lt: cursor.submittedAt } }, { submittedAt: cursor.submittedAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: {
      id: true,
      text: true,
      language: true,
      receiptCode: true,
      status: true,
      publicResponse: true,
      submittedAt: true,
      process: { select: { title: true, slug: true } },
    },
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return { items: page, next: rows.length > take && last ? encodeMineCursor(last) : null };
}
