// The ID-porten route handlers' work (src/app/api/sso/idporten/*). Start asks for
// idporten-loa-substantial, or -high when the form asks for it (?niva=hoy), in the page's
// language (?sprak= from a form in nynorsk or English, else the visitor's own); the callback checks state, nonce, PKCE and that the returned acr is at least what
// was asked, then opens a citizen session (citizen-session.ts). Sign-out ends our session and
// sends the browser on to ID-porten's end-session, which ends the single sign-on as well.
import { cookies } from "next/headers";
import { isUiLocale, type UiLocale } from "@/lib/i18n/config";
import { log } from "@/lib/logger";
import { safeReturnPath } from "@/lib/return-path";
import {
  ACR_HIGH,
  ACR_SUBSTANTIAL,
  CITIZEN_COOKIE,
  CITIZEN_SESSION_SECONDS,
  citizenFromCookie,
  citizenSubjectHash,
  endCitizenSession,
  startCitizenSession,
} from "./citizen-session";
import { idPortenConfig } from "./config";
import { clearTransactionCookie, cookieAttributes, redirectUriFor, seeOther, setTransactionCookie } from "./http";
import { beginSignIn, completeSignIn, endSessionUrl, readTransaction, transactionCookie } from "./oidc-flow";

export const MINE_PATH = "/mine-innspill";
const refused = (reason: string) => `${MINE_PATH}?feil=${reason}`;

export async function startIdPortenSignIn(req: Request, url: URL, locale: UiLocale, requestId: string): Promise<Response> {
  const config = idPortenConfig();
  if (!config) return seeOther(refused("off"));
  const { origin, redirectUri } = await redirectUriFor("idporten", req);
  const high = url.searchParams.get("niva") === "hoy";
  const language = url.searchParams.get("sprak");
  try {
    const begun = await beginSignIn(config, {
      redirectUri,
      returnTo: safeReturnPath(url.searchParams.get("tilbake"), MINE_PATH),
      acrValues: [high ? ACR_HIGH : ACR_SUBSTANTIAL],
      acceptAcr: high ? [ACR_HIGH] : [ACR_SUBSTANTIAL, ACR_HIGH],
      uiLocales: isUiLocale(language) ? language : locale,
    });
    return seeOther(begun.url, [setTransactionCookie("idporten", origin, begun.cookie)]);
  } catch (error) {
    log.warn("idporten: provider unavailable", { requestId, error });
    return seeOther(refused("unavailable"));
  }
}

export async function finishIdPortenSignIn(req: Request, url: URL, requestId: string): Promise<Response> {
  const config = idPortenConfig();
  if (!config) return seeOther(refused("off"));
  const { origin, redirectUri } = await redirectUriFor("idporten", req);
  const clear = clearTransactionCookie("idporten", origin);
  const tx = readTransaction("idporten", (await cookies()).get(transactionCookie("idporten"))?.value);
  const done = await completeSignIn(config, url, tx, { redirectUri }).catch((error: unknown) => {
    log.warn("idporten: provider unavailable", { requestId, error });
    return { ok: false as const, reason: "unavailable" as const, detail: "" };
  });
  if (!done.ok) {
    log.warn("idporten: sign-in refused", { requestId, reason: done.reason, detail: done.detail });
    return seeOther(refused(done.reason), [clear]);
  }
  const session = await startCitizenSession(citizenSubjectHash(config.identityKey, done.claims), String(done.claims.acr), done.idToken);
  return seeOther(done.returnTo || MINE_PATH, [clear, `${CITIZEN_COOKIE}=${session.cookie}; ${cookieAttributes(origin, "/", CITIZEN_SESSION_SECONDS)}`]);
}

export async function signOutCitizen(req: Request, requestId: string): Promise<Response> {
  const { origin } = await redirectUriFor("idporten", req);
  const citizen = await citizenFromCookie((await cookies()).get(CITIZEN_COOKIE)?.value);
  const clear = `${CITIZEN_COOKIE}=; ${cookieAttributes(origin, "/", 0)}`;
  const back = `${origin}${MINE_PATH}`;
  if (!citizen) return seeOther(`${MINE_PATH}?logget-ut=1`, [clear]);
  await endCitizenSession(citizen.sessionId);
  const config = idPortenConfig();
  const idp = config
    ? await endSessionUrl(config, back, citizen.idToken).catch((error: unknown) => {
        log.warn("idporten: no end-session", { requestId, error });
        return null;
      })
    : null;
  return seeOther(idp ?? `${MINE_PATH}?logget-ut=1`, [clear]);
}
