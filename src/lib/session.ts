// The signed-in user for pages and actions, always re-read from the database so a
// deactivated account or a revoked session (signed out: user_session.revoked_at; everywhere:
// session_version bumped) stops at once.
import { redirect } from "next/navigation";
import { cache } from "react";
import { liveSession } from "@/features/auth/sessions";
import type { Role } from "@/generated/prisma/enums";
import { pageForbidden } from "@/lib/missing-pages";
import { auth } from "./auth";
import { CHANGE_PASSWORD_PATH, signInPath } from "./auth-paths";
import { db } from "./db";
import { isUuid } from "./ids";
import { can, type Permission } from "./permissions";

export { safeReturnPath } from "./return-path";

export type SessionUser = { id: string; name: string; email: string; role: Role; partyId: string | null; mustChangePassword: boolean };

/** Memoised per request (React cache): header, nav and page all ask, the database answers once. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const { sv, sid, via } = session as unknown as { sv?: number; sid?: string; via?: string };
  // A cookie from before server-side sessions, or one whose session was ended, is no session.
  if (!sid || !isUuid(sid)) return null;
  const user = await db.user.findFirst({
    where: { id, deactivatedAt: null, sessions: liveSession(sid) },
    select: { id: true, name: true, email: true, role: true, partyId: true, mustChangePassword: true, sessionVersion: true },
  });
  if (!user || user.sessionVersion !== sv) return null;
  const { sessionVersion: _sv, ...rest } = user;
  // Signed in through Entra ID, the person never uses the initial password, so is not sent to
  // replace it; signed in with that password, they still are.
  return { ...rest, mustChangePassword: rest.mustChangePassword && via !== "sso" };
});

export { CHANGE_PASSWORD_PATH };

/**
 * A page's own access check: anonymous users go to sign-in and come back; wrong roles get
 * 403. Someone still on an initial password from the administration is sent to choose their
 * own before anything else — only the account page (which asks for `account.changePassword`)
 * and sign-out stay reachable.
 */
export async function requirePermission(permission: Permission, returnTo: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(signInPath(returnTo));
  if (user.mustChangePassword && permission !== "account.changePassword") redirect(CHANGE_PASSWORD_PATH);
  if (!can(user.role, permission)) pageForbidden();
  return user;
}

export function roleHome(role: Role): string {
  return { ADMIN: "/admin", POLITICIAN: "/politiker", GROUP_LEADER: "/gruppeleder" }[role];
}
