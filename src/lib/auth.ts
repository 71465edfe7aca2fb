// Auth.js (next-auth v5). Email + password today; an OIDC provider (ID-porten, Entra ID) is
// added by pushing it onto `providers` when its env vars are set (see oidcProviders) and
// linking it to users through the auth_identity table.
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "@/features/users/authenticate";

export class InvalidCredentials extends CredentialsSignin {
  code = "invalid";
}
export class AccountLocked extends CredentialsSignin {
  code = "locked";
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
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/logg-inn", error: "/logg-inn" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(credentials) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const password = typeof credentials?.password === "string" ? credentials.password : "";
        const result = await authenticate(email, password);
        if (!result.ok) throw result.reason === "locked" ? new AccountLocked() : new InvalidCredentials();
        return { id: result.user.id, name: result.user.name, email: result.user.email, sessionVersion: result.user.sessionVersion };
      },
    }),
    ...oidcProviders(),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 1;
      }
      return token;
    },
    session({ session, token }) {
      session.user.id = String(token.uid ?? "");
      (session as unknown as { sv: number }).sv = Number(token.sv ?? 0);
      return session;
    },
  },
};

export const { handlers, auth, signIn, signOut } = NextAuth(authConfig);
