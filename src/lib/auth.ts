// Auth.js (next-auth v5). Email + password today; an OIDC provider (ID-porten, Entra ID) is
// added by pushing it onto `providers` when its env vars are set (see oidcProviders) and
// linking it to users through the auth_identity table.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/features/users/authenticate";
import { clientKey } from "./client-address";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/features/users/sessions";

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

function oidcProviders(): NextAuthConfig["providers"] {
  // Placeholder-free hook: nothing is configured until an issue brings ID-porten/Entra ID.
  return [];
}

export const authConfig: NextAuthConfig = {
  trustHost: true,
  secret: process.env.AUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/logg-inn", error: "/logg-inn" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials, request) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        const result = await authenticate(email, password, new Date(), clientKey(request.headers));
        if (!result.ok) throw result.reason === "throttled" ? new SignInThrottled() : new InvalidCredentials();
        return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user?.id) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
        token.sid = await startSession(user.id);
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? "");
      (session as unknown as { sv: number }).sv = Number(token.sv ?? 0);
      (session as unknown as { sid: string }).sid = String(token.sid ?? "");
      return session;
    },
  },
  events: {
    // Sign-out (our action or Auth.js's own endpoint) revokes the server-side session.
    async signOut(message) {
      if ("token" in message && message.token) await endSession(message.token.sid);
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
