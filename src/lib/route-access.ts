// The access decision for route handlers (downloads, feeds), the counterpart of the action
// gate: the same permission table, the same rule for an initial password, and what a browser
// download needs — anonymous visitors are sent to sign in (303) and come back, a signed-in
// person without the permission gets a Norwegian 403. Kept free of the session machinery so
// tests walk every route × role with real users (route-guard.ts adds the session).
import type { Role } from "@/generated/prisma/enums";
import { CHANGE_PASSWORD_PATH, signInPath } from "./auth-paths";
import type { UiLocale } from "./i18n/config";
import { translateKey } from "./i18n/translator";
import { can, type Permission } from "./permissions";

export type RouteUser = { role: Role; mustChangePassword: boolean };

const noStore = { "cache-control": "no-store" };

/** null when `user` may go on; otherwise the response to send instead. */
export function authorizeRoute(user: RouteUser | null, permission: Permission, url: URL, locale: UiLocale): Response | null {
  if (!user) return new Response(null, { status: 303, headers: { ...noStore, location: signInPath(`${url.pathname}${url.search}`) } });
  if (user.mustChangePassword) return new Response(null, { status: 303, headers: { ...noStore, location: CHANGE_PASSWORD_PATH } });
  if (!can(user.role, permission)) return plainText(403, translateKey(locale, "errors.forbidden"));
  return null;
}

export function plainText(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...noStore, "content-type": "text/plain; charset=utf-8" } });
}
