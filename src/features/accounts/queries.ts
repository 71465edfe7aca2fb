// Reads for the administration's account pages. Never selects password hashes.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import type { AccountFilter } from "./schemas";

export const ACCOUNT_PAGE_SIZE = 25;

const listSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  deactivatedAt: true,
  mustChangePassword: true,
  lastLoginAt: true,
  party: { select: { shortName: true, name: true } },
} satisfies Prisma.UserSelect;

/** Keyset cursor over (name, id): the id is fixed-length, so the name may contain anything. */
type NameCursor = { name: string; id: string };
const encodeCursor = (c: NameCursor) => Buffer.from(`${c.id}${c.name}`, "utf8").toString("base64url");
function parseCursor(value: string | undefined): NameCursor | undefined {
  if (!value) return undefined;
  const raw = Buffer.from(value, "base64url").toString("utf8");
  const id = raw.slice(0, 36);
  return isUuid(id) ? { id, name: raw.slice(36) } : undefined;
}

export function accountWhere(f: AccountFilter): Prisma.UserWhereInput {
  return {
    ...(f.rolle ? { role: f.rolle } : {}),
    ...(f.parti ? { partyId: f.parti } : {}),
    ...(f.status === "aktive" ? { deactivatedAt: null } : f.status === "deaktiverte" ? { deactivatedAt: { not: null } } : {}),
    ...(f.sok ? { OR: [{ name: { contains: f.sok, mode: "insensitive" } }, { email: { contains: f.sok.toLowerCase() } }] } : {}),
  };
}

/** One page of accounts in name order, the total matching the filter, and the next cursor. */
export async function listAccounts(f: AccountFilter) {
  const where = accountWhere(f);
  const cursor = parseCursor(f.etter);
  const after: Prisma.UserWhereInput = cursor ? { OR: [{ name: { gt: cursor.name } }, { name: cursor.name, id: { gt: cursor.id } }] } : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({ where: { AND: [where, after] }, orderBy: [{ name: "asc" }, { id: "asc" }], take: ACCOUNT_PAGE_SIZE + 1, select: listSelect }),
    db.user.count({ where }),
  ]);
  const page = rows.slice(0, ACCOUNT_PAGE_SIZE);
  const last = page.at(-1);
  return { rows: page, total, next: rows.length > ACCOUNT_PAGE_SIZE && last ? encodeCursor(last) : null };
}
export type AccountRow = Awaited<ReturnType<typeof listAccounts>>["rows"][number];

/** One account, with how many sign-ups to activities not yet started (what deactivation withdraws). */
export async function getAccount(id: string, now = new Date()) {
  if (!isUuid(id)) return null;
  return db.user.findUnique({
    where: { id },
    select: {
      ...listSelect,
      partyId: true,
      createdAt: true,
      _count: { select: { signups: { where: { status: { in: ["CONFIRMED", "WAITLISTED"] }, activity: { startsAt: { gt: now } } } } } },
    },
  });
}
export type AccountDetails = NonNullable<Awaited<ReturnType<typeof getAccount>>>;

export const listParties = () => db.party.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, shortName: true } });
