// The Entra ID route handlers' work (src/app/api/sso/entra/*): start sends the browser to
// Entra with a fresh transaction; the callback checks the answer (oidc-flow.ts), finds the
// Medvirk account (staff-sign-in.ts) and signs the person in through Auth.js, so the session
// is the same JWT + user_session row as a password sign-in. Refusals go back to /logg-inn
// with a reason the page explains; details go to the log, never to the browser.
import { cookies } from "next/headers";
import { signIn } from "@/lib/auth";
import { db } from "@/lib/db";
import { log } from "@/lib/logger";
import { safeReturnPath } from "@/lib/return-path";
import { roleHome } from "@/lib/session";
import { entraConfig } from "./config";
import { staffGroups } from "./entra-groups";
import { clearTransactionCookie, redirectUriFor, seeOther, setTransactionCookie } from "./http";
import { beginSignIn, completeSignIn, readTransaction, transactionCookie } from "./oidc-flow";
import { resolveStaffSignIn } from "./staff-sign-in";
import { staffTicket } from "./staff-ticket";

const refused = (reason: string) => `/logg-inn?sso-feil=${reason}`;

export async function startEntraSignIn(req: Request, url: URL, requestId: string): Promise<Response> {
  const config = entraConfig();
  if (!config) return seeOther("/logg-inn");
  const { origin, redirectUri } = await redirectUriFor("entra", req);
  try {
    const begun = await beginSignIn(config, { redirectUri, returnTo: safeReturnPath(url.searchParams.get("tilbake"), "") });
    return seeOther(begun.url, [setTransactionCookie("entra", origin, begun.cookie)]);
  } catch (error) {
    log.warn("entra: provider unavailable", { requestId, error });
    return seeOther(refused("unavailable"));
  }
}

export async function finishEntraSignIn(req: Request, url: URL, requestId: string): Promise<Response> {
  const config = entraConfig();
  if (!config) return seeOther("/logg-inn");
  const { origin, redirectUri } = await redirectUriFor("entra", req);
  const clear = clearTransactionCookie("entra", origin);
  const tx = readTransaction("entra", (await cookies()).get(transactionCookie("entra"))?.value);
  const done = await completeSignIn(config, url, tx, { redirectUri }).catch((error: unknown) => {
    log.warn("entra: provider unavailable", { requestId, error });
    return { ok: false as const, reason: "unavailable" as const, detail: "" };
  });
  if (!done.ok) {
    log.warn("entra: sign-in refused", { requestId, reason: done.reason, detail: done.detail });
    return seeOther(refused(done.reason), [clear]);
  }
  const groups = await staffGroups(config, done.claims, done.accessToken);
  if (!groups.ok) {
    // Too many groups for the token and Graph did not say which: no guessing at a role.
    log.error("entra: groups unavailable from Microsoft Graph", { requestId, detail: groups.detail });
    return seeOther(refused("groupsUnavailable"), [clear]);
  }
  const linked = await resolveStaffSignIn(config, done.claims, groups.groups);
  if (!linked.ok) {
    log.warn("entra: no Medvirk account", { requestId, reason: linked.reason });
    return seeOther(refused(linked.reason), [clear]);
  }
  await signIn("sso", { ticket: staffTicket(linked.userId), redirect: false });
  // No detour to /konto for an initial password: this person signs in with Entra ID, not with it.
  const user = await db.user.findUniqueOrThrow({ where: { id: linked.userId }, select: { role: true } });
  return seeOther(safeReturnPath(done.returnTo, roleHome(user.role)), [clear]);
}
