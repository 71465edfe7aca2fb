// Who counts as a politician in every participation figure (issue #16 item 4): an active
// account (not deactivated) with the role POLITICIAN or GROUP_LEADER — group leaders are
// elected representatives too. Administrators never count, whatever party they belong to.
// Every page that says "N politicians" uses these, so /admin, /gruppeleder and the
// participation pages cannot disagree.
import { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

export const REPRESENTATIVE_ROLES = ["POLITICIAN", "GROUP_LEADER"] as const satisfies readonly Role[];

/** Prisma `where` for the users who count. */
export const representativeWhere = { role: { in: [...REPRESENTATIVE_ROLES] }, deactivatedAt: null } satisfies Prisma.UserWhereInput;

/** The same rule in SQL, for the user table aliased `u`. */
export const representativeSql = Prisma.sql`u.role IN ('POLITICIAN', 'GROUP_LEADER') AND u.deactivated_at IS NULL`;

/**
 * A representative has signed up to a process when they hold a place or a waitlist spot on
 * at least one of its activities that is not cancelled (withdrawn sign-ups do not count).
 * `processId` is an SQL expression (a parameter or a column).
 */
export const signedUpToSql = (processId: Prisma.Sql) => Prisma.sql`EXISTS (
  SELECT 1 FROM signup s JOIN activity a ON a.id = s.activity_id
   WHERE s.user_id = u.id AND a.process_id = ${processId}
     AND s.status IN ('CONFIRMED', 'WAITLISTED') AND a.status <> 'CANCELLED')`;

export const countRepresentatives = () => db.user.count({ where: representativeWhere });

/** Per process (not archived): how many representatives there are and how many have signed up. One query. */
export async function participationByProcess(): Promise<
  { id: string; slug: string; title: string; participationRule: string; total: number; signedUp: number }[]
> {
  return db.$queryRaw`
    SELECT p.id::text AS id, p.slug, p.title, p.participation_rule::text AS "participationRule",
           (SELECT count(*) FROM app_user u WHERE ${representativeSql})::int AS total,
           (SELECT count(*) FROM app_user u WHERE ${representativeSql} AND ${signedUpToSql(Prisma.sql`p.id`)})::int AS "signedUp"
      FROM process p
     WHERE p.status <> 'ARCHIVED'
     ORDER BY p.updated_at DESC, p.id
     LIMIT 20`;
}
