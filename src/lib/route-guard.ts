// The one way to write a route handler (downloads, feeds): `guardedRoute(permission, handler)`
// loads the signed-in user from the database (session.ts), applies authorizeRoute
// (route-access.ts) and only then runs the handler with the user, locale, params and request
// id. Handlers meant for everyone (health, Auth.js, the token-protected calendar feed) say so
// with `publicRoute(reason, handler)`; tests/integration/route-guard.test.ts fails on a
// route.ts that uses neither.
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toUiLocale, type UiLocale } from "./i18n/config";
import { translateKey } from "./i18n/translator";
import { log } from "./logger";
import type { Permission } from "./permissions";
import { authorizeRoute, plainText } from "./route-access";
import { getSessionUser, type SessionUser } from "./session";

export type GuardedContext<P> = { req: Request; url: URL; user: SessionUser; params: P; locale: UiLocale; requestId: string };
export type PublicContext<P> = Omit<GuardedContext<P>, "user">;
type Handler = (req: Request, ctx: { params: Promise<unknown> }) => Promise<Response>;

async function context<P>(req: Request, ctx: { params?: Promise<P> } | undefined) {
  const url = new URL(req.url);
  const locale = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const requestId = req.headers.get("x-request-id") ?? "";
  const params = ((await ctx?.params) ?? {}) as P;
  return { req, url, locale, requestId, params };
}

async function safely(requestId: string, locale: UiLocale, run: () => Promise<Response>): Promise<Response> {
  try {
    return await run();
  } catch (error) {
    log.error("route handler failed", { requestId, error });
    return plainText(500, translateKey(locale, "errors.unexpected", { requestId }));
  }
}

export function guardedRoute<P = Record<string, never>>(permission: Permission, handler: (ctx: GuardedContext<P>) => Promise<Response>): Handler {
  return async (req, ctx) => {
    const base = await context<P>(req, ctx as { params?: Promise<P> });
    const user = await getSessionUser();
    const refused = authorizeRoute(user, permission, base.url, base.locale);
    if (refused || !user) return refused ?? plainText(500, "");
    return safely(base.requestId, base.locale, () => handler({ ...base, user }));
  };
}

/** A route handler open to everyone; `reason` says why (read by the route-guard test and reviewers). */
export function publicRoute<P = Record<string, never>>(reason: string, handler: (ctx: PublicContext<P>) => Promise<Response>): Handler {
  void reason;
  return async (req, ctx) => {
    const base = await context<P>(req, ctx as { params?: Promise<P> });
    return safely(base.requestId, base.locale, () => handler(base));
  };
}
