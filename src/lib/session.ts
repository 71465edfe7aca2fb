// The signed-in user for pages and actions, always re-read from the database so a
// deactivated account or a revoked session (session_version bumped) stops at once.
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import type { Role } from "@/generated/prisma/enums";
import { auth } from "./auth";
import { db } from "./db";
import { can, type Permission } from "./permissions";

export type SessionUser = { id: string; name: string; email: string; role: Role; partyId: string | null; mustChangePassword: boolean };

/** Memoised per request (React cache): header, nav and page all ask, the database answers once. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const sv = (session as unknown as { sv?: number }).sv;
  const user = await db.user.findFirst({
    where: { id, deactivatedAt: null },
    select: { id: true, name: true, email: true, role: true, partyId: true, mustChangePassword: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== sv) return null;
  const { sessionVersion: _sv, ...rest } = user;
  return rest;
});

/** The page where a person with an initial (or reset) password chooses their own. */
export const CHANGE_PASSWORD_PATH = "/konto?maa-endre=1";

/**
 * A page's own access check: anonymous users go to sign-in and come back; wrong roles get
 * 403. Someone still on an initial password from the administration is sent to choose their
 * own before anything else — only the account page (which asks for `account.changePassword`)
 * and sign-out stay reachable.
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/logg-inn?tilbake=${encodeURIComponent(returnTo)}`);
  if (user.mustChangePassword && permission !== "account.changePassword") redirect(CHANGE_PASSWORD_PATH);
  if (!can(user.role, permission)) forbidden();
  return user;
}

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeReturnPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}

export function roleHome(role: Role): string {
  return { ADMIN: "/admin", POLITICIAN: "/politiker", GROUP_LEADER: "/gruppeleder" }[role];
}
