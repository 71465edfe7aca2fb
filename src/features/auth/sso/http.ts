// Shared bits for the SSO route handlers: absolute URLs (APP_URL wins behind a proxy), the
// short-lived transaction cookie, and a plain 303.
import { requestOrigin } from "@/lib/request-origin";
import type { SsoKind } from "./config";
import { TRANSACTION_TTL_SECONDS, transactionCookie } from "./oidc-flow";

export const callbackPath = (kind: SsoKind) => `/api/sso/${kind}/callback`;

export async function redirectUriFor(kind: SsoKind, req: Request): Promise<{ origin: string; redirectUri: string }> {
  const origin = await requestOrigin(req);
  return { origin, redirectUri: `${origin}${callbackPath(kind)}` };
}

export function cookieAttributes(origin: string, path: string, maxAge: number): string {
  return `Path=${path}; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${origin.startsWith("https:") ? "; Secure" : ""}`;
}

/** The transaction cookie is sent only to the callback (SameSite=Lax lets a top-level GET carry it). */
export const setTransactionCookie = (kind: SsoKind, origin: string, value: string) =>
  `${transactionCookie(kind)}=${value}; ${cookieAttributes(origin, callbackPath(kind), TRANSACTION_TTL_SECONDS)}`;
export const clearTransactionCookie = (kind: SsoKind, origin: string) => `${transactionCookie(kind)}=; ${cookieAttributes(origin, callbackPath(kind), 0)}`;

export function seeOther(location: string, cookies: string[] = []): Response {
  const headers = new Headers({ location, "cache-control": "no-store" });
  for (const c of cookies) headers.append("set-cookie", c);
  return new Response(null, { status: 303, headers });
}
