// Who takes part in a process: per party, how many representatives (representatives.ts:
// the one rule of who counts) have signed up for at least one of its activities, and who has
// not yet. Two SQL queries whatever the number of politicians.
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { representativeSql, signedUpToSql } from "./representatives";

const signedUpTo = (processId: string) => signedUpToSql(Prisma.sql`${processId}::uuid`);

export type PartyParticipation = {
  partyId: string | null;
  name: string | null;
  shortName: string | null;
  seats: number;
  signedUp: number;
  notSignedUp: { id: string; name: string }[];
};

export async function participationOverview(processId: string): Promise<{ parties: PartyParticipation[]; seats: number; signedUp: number }> {
  const [parties, counts, missing] = await Promise.all([
    db.party.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, shortName: true } }),
    db.$queryRaw<{ party_id: string | null; seats: number; signed_up: number }[]>`
      SELECT u.party_id::text AS party_id, count(*)::int AS seats, count(*) FILTER (WHERE ${signedUpTo(processId)})::int AS signed_up
        FROM app_user u
       WHERE ${representativeSql}
       GROUP BY u.party_id`,
    db.$queryRaw<{ id: string; name: string; party_id: string | null }[]>`
      SELECT u.id::text AS id, u.name, u.party_id::text AS party_id
        FROM app_user u
       WHERE ${representativeSql} AND NOT ${signedUpTo(processId)}
       ORDER BY u.name, u.id`,
  ]);
  const byParty = new Map(counts.map((c) => [c.party_id, c]));
  const rows: PartyParticipation[] = [
    ...parties.map((p) => ({ partyId: p.id, name: p.name, shortName: p.shortName })),
    { partyId: null, name: null, shortName: null },
  ]
    .map((p) => ({
      ...p,
      seats: byParty.get(p.partyId)?.seats ?? 0,
      signedUp: byParty.get(p.partyId)?.signed_up ?? 0,
      notSignedUp: missing.filter((m) => m.party_id === p.partyId).map(({ id, name }) => ({ id, name })),
    }))
    // Politicians without a party only get a row when there are any.
    .filter((p) => p.partyId !== null || p.seats > 0);
  return { parties: rows, seats: rows.reduce((n, r) => n + r.seats, 0), signedUp: rows.reduce((n, r) => n + r.signedUp, 0) };
}

export async function participationProcess(id: string) {
  if (!isUuid(id)) return null;
  return db.process.findUnique({ where: { id }, select: { id: true, title: true, status: true, participationRule: true } });
}

/** Processes a group leader can follow (archived ones are history). */
export const participationProcesses = () =>
  db.process.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, title: true, participationRule: true },
  });
