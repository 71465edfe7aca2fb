// Auth.js (next-auth v5): e-mail + password, and Entra ID through our own OIDC flow
// (src/features/auth/sso, see docs/ARCHITECTURE.md "Sign-in and sessions"): the SSO callback
// proves who the person is and hands Auth.js a sealed one-minute ticket through the "sso"
// credentials provider, so both ways end in the same JWT + user_session row.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/features/auth/authenticate";
import { endSession, SESSION_MAX_AGE_SECONDS } from "@/features/auth/sessions";
import { entraConfig } from "@/features/auth/sso/config";
import { readStaffTicket } from "@/features/auth/sso/staff-ticket";
import { jwtCallback, sessionCallback } from "./auth-callbacks";
import { clientKey } from "./client-address";
import { db } from "./db";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class SignInThrottled extends CredentialsSignin {
  code = "throttled";
}

declare module "next-auth" {
  interface Session {
    user: { id: string; name: string; email: string };
  }
}

/** Entra ID sign-ins arrive here with the ticket the SSO callback sealed (staff-ticket.ts). */
const ssoTicket = Credentials({
  id: "sso",
  credentials: { ticket: {} },
  async authorize(credentials) {
    const userId = readStaffTicket(typeof credentials?.ticket === "string" ? credentials.ticket : "");
    if (!userId) return null;
    const user = await db.user.findFirst({ where: { id: userId, deactivatedAt: null }, select: { id: true, name: true, email: true, sessionVersion: true } });
    return user;
  },
});

export const authConfig: NextAuthConfig = {
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/logg-inn", error: "/logg-inn" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        // With MEDVIRK_STAFF_PASSWORDS=off only Entra ID signs anyone in.
        if (entraConfig()?.passwordsOff) throw new InvalidCredentials();
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        const result = await authenticate(email, password, new Date(), clientKey(request.headers));
        if (!result.ok) throw result.reason === "throttled" ? new SignInThrottled() : new InvalidCredentials();
        return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
      },
    }),
    ssoTicket,
  ],
  callbacks: {
    jwt: jwtCallback,
    session: sessionCallback,
  },
  events: {
    // Sign-out (our action or Auth.js's own endpoint) revokes the server-side session.
    async signOut(message) {
      if ("token" in message && message.token) await endSession(message.token.sid);
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
