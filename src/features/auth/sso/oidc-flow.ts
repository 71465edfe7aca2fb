// The OpenID Connect authorization code flow, ours rather than Auth.js's, so that every check
// the municipality's security people ask about is explicit and tested against a real provider
// (tests/integration/sso-*.test.ts): PKCE S256, `state` bound to the browser by a sealed
// cookie, `nonce`, the issuer and audience and expiry of the ID token (oauth4webapi), and for
// ID-porten the returned `acr`. The transaction lives only in that cookie for ten minutes.
import * as oauth from "oauth4webapi";
import { signingKey } from "./client-key";
import type { ProviderConfig, SsoKind } from "./config";
import { seal, unseal } from "./sealed";

export const TRANSACTION_TTL_SECONDS = 10 * 60;
export const transactionCookie = (kind: SsoKind) => `medvirk-sso-${kind}`;

export type Transaction = {
  kind: SsoKind;
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
  /** The acr values we accept back (ID-porten); empty = not checked. */
  acceptAcr: string[];
};

/** `client`: the provider did not accept Medvirk's own credential (secret, key or certificate) — a setup fault. */
export type SignInFailure = "state" | "provider" | "token" | "acr" | "expired" | "client";
export type IdClaims = oauth.IDToken & Record<string, unknown>;

const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

/** http:// is allowed only for a provider on this machine (the tests' own provider). */
const insecureOk = (issuer: string) => /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/.test(issuer);
const requestOptions = (issuer: string) => (insecureOk(issuer) ? { [oauth.allowInsecureRequests]: true } : {});

export function authorizationServer(config: ProviderConfig): Promise<oauth.AuthorizationServer> {
  let found = discovered.get(config.issuer);
  if (!found) {
    const issuer = new URL(config.issuer);
    found = oauth
      .discoveryRequest(issuer, { algorithm: "oidc", ...requestOptions(config.issuer) })
      .then((response) => oauth.processDiscoveryResponse(issuer, response));
    // A failed discovery (provider down) is tried again on the next sign-in.
    found.catch(() => discovered.delete(config.issuer));
    discovered.set(config.issuer, found);
  }
  return found;
}

export type BeginOptions = { redirectUri: string; returnTo: string; acrValues?: string[]; acceptAcr?: string[]; uiLocales?: string };

/** The provider's authorization URL and the sealed transaction to set as a cookie. */
export async function beginSignIn(config: ProviderConfig, options: BeginOptions): Promise<{ url: string; cookie: string }> {
  const as = await authorizationServer(config);
  if (!as.authorization_endpoint) throw new Error(`${config.kind}: the provider has no authorization endpoint`);
  const verifier = oauth.generateRandomCodeVerifier();
  const tx: Transaction = {
    kind: config.kind,
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    verifier,
    returnTo: options.returnTo,
    acceptAcr: options.acceptAcr ?? [],
  };
  const url = new URL(as.authorization_endpoint);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("redirect_uri", options.redirectUri);
  url.searchParams.set("response_type", "code");
  url.searchParams.set("scope", config.scope);
  url.searchParams.set("state", tx.state);
  url.searchParams.set("nonce", tx.nonce);
  url.searchParams.set("code_challenge", await oauth.calculatePKCECodeChallenge(verifier));
  url.searchParams.set("code_challenge_method", "S256");
  if (options.acrValues?.length) url.searchParams.set("acr_values", options.acrValues.join(" "));
  if (options.uiLocales) url.searchParams.set("ui_locales", options.uiLocales);
  return { url: url.href, cookie: seal(`sso-tx-${config.kind}`, tx, TRANSACTION_TTL_SECONDS) };
}

export function readTransaction(kind: SsoKind, cookie: string | undefined | null): Transaction | null {
  const tx = unseal<Transaction>(`sso-tx-${kind}`, cookie);
  return tx && tx.kind === kind ? tx : null;
}

/**
 * How we authenticate at the token endpoint: the client secret (client_secret_post), or a JWT
 * assertion signed with our private key (private_key_jwt) carrying the certificate's
 * thumbprints and `typ: JWT`, with the token endpoint as audience — what Entra ID asks for
 * (and what every other provider accepts too).
 */
export async function clientAuthentication(config: ProviderConfig, as: oauth.AuthorizationServer): Promise<oauth.ClientAuth> {
  const credential = config.credential;
  if (credential.kind === "secret") return oauth.ClientSecretPost(credential.secret);
  const key = await signingKey(credential);
  return oauth.PrivateKeyJwt(key, {
    [oauth.modifyAssertion]: (header, payload) => {
      header.typ = "JWT";
      if (credential.x5tS256) header["x5t#S256"] = credential.x5tS256;
      if (credential.x5t) header.x5t = credential.x5t;
      if (as.token_endpoint) payload.aud = as.token_endpoint;
    },
  });
}

export type CompleteResult =
  { ok: true; claims: IdClaims; idToken: string; accessToken: string; returnTo: string } | { ok: false; reason: SignInFailure; detail: string };

/**
 * Checks the provider's answer against the transaction, redeems the code (with the PKCE
 * verifier) and validates the ID token. `now` lets tests move the clock to prove expiry.
 */
export async function completeSignIn(
  config: ProviderConfig,
  callbackUrl: URL,
  tx: Transaction | null,
  options: { redirectUri: string; now?: Date },
): Promise<CompleteResult> {
  if (!tx) return { ok: false, reason: "state", detail: "no sign-in in progress in this browser (cookie missing or expired)" };
  const as = await authorizationServer(config);
  const client: oauth.Client = { client_id: config.clientId };
  if (options.now) client[oauth.clockSkew] = Math.round((options.now.getTime() - Date.now()) / 1000);
  let params: URLSearchParams;
  try {
    params = oauth.validateAuthResponse(as, client, callbackUrl, tx.state);
  } catch (error) {
    const reason = error instanceof oauth.AuthorizationResponseError ? "provider" : "state";
    return { ok: false, reason, detail: error instanceof Error ? error.message : String(error) };
  }
  let claims: IdClaims | undefined;
  let idToken = "";
  let accessToken = "";
  const auth = await clientAuthentication(config, as);
  try {
    const response = await oauth.authorizationCodeGrantRequest(as, client, auth, params, options.redirectUri, tx.verifier, requestOptions(config.issuer));
    const result = await oauth.processAuthorizationCodeResponse(as, client, response, { expectedNonce: tx.nonce, requireIdToken: true });
    claims = oauth.getValidatedIdTokenClaims(result) as IdClaims | undefined;
    idToken = result.id_token ?? "";
    accessToken = result.access_token;
  } catch (error) {
    // The provider's own words (e.g. invalid_client: the assertion's signature did not verify) go to the log.
    const said = error instanceof oauth.ResponseBodyError ? `: ${error.error}${error.error_description ? ` (${error.error_description})` : ""}` : "";
    const detail = (error instanceof Error ? error.message : String(error)) + said;
    // exp in the past (or iat in the future) with our clock: the token is stale.
    const expired = (error as { code?: string }).code === oauth.JWT_TIMESTAMP_CHECK;
    const client = error instanceof oauth.ResponseBodyError && error.error === "invalid_client";
    return { ok: false, reason: expired ? "expired" : client ? "client" : "token", detail };
  }
  if (!claims) return { ok: false, reason: "token", detail: "no ID token" };
  if (tx.acceptAcr.length && !tx.acceptAcr.includes(String(claims.acr ?? ""))) {
    return { ok: false, reason: "acr", detail: `acr ${String(claims.acr)} not in ${tx.acceptAcr.join(", ")}` };
  }
  return { ok: true, claims, idToken, accessToken, returnTo: tx.returnTo };
}

/** The provider's end-session URL (RP-initiated logout), or null when it offers none. */
export async function endSessionUrl(config: ProviderConfig, postLogoutRedirectUri: string, idTokenHint?: string): Promise<string | null> {
  const as = await authorizationServer(config).catch(() => null);
  if (!as?.end_session_endpoint) return null;
  const url = new URL(as.end_session_endpoint);
  url.searchParams.set("client_id", config.clientId);
  url.searchParams.set("post_logout_redirect_uri", postLogoutRedirectUri);
  if (idTokenHint) url.searchParams.set("id_token_hint", idTokenHint);
  return url.href;
}
