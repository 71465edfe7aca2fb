// What Auth.js keeps in the session cookie (auth.ts): the user id, the session version, the
// server-side session row (user_session, revoked on sign-out) and how the session was opened —
// through Entra ID ("sso") or with a password. Apart from auth.ts so tests can run them
// without Next's runtime.
import type { Account, Session, User } from "next-auth";
import type { JWT } from "next-auth/jwt";
import { startSession } from "@/features/auth/sessions";

export type SignInVia = "sso" | "password";

export async function jwtCallback({ token, user, account }: { token: JWT; user?: User | null; account?: Account | null }): Promise<JWT> {
  if (user?.id) {
    token.uid = user.id;
    token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
    token.sid = await startSession(user.id);
    // An initial password must be replaced only by someone who signs in with it (session.ts).
    token.via = account?.provider === "sso" ? "sso" : "password";
  }
  return token;
}

export function sessionCallback({ session, token }: { session: Session; token: JWT }): Session {
  session.user.id = String(token.uid ?? "");
  const extra = session as unknown as { sv: number; sid: string; via: SignInVia };
  extra.sv = Number(token.sv ?? 0);
  extra.sid = String(token.sid ?? "");
  extra.via = token.via === "sso" ? "sso" : "password";
  return session;
}
