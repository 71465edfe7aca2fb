// Entra ID sign-in for staff and politicians against a real OpenID Connect provider on a
// local port (tests/support/oidc-test-provider.ts, configured like Entra: oid, tid, groups,
// e-mail in the ID token). Proves the protocol checks (state, nonce, replayed code, expiry)
// and the linking rules (admin-created account or allowed domain + group; deactivated and
// unknown people refused; an address linked to one Entra object is never re-linked).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entraConfig, type EntraConfig } from "@/features/auth/sso/config";
import { beginSignIn, completeSignIn, endSessionUrl, readTransaction } from "@/features/auth/sso/oidc-flow";
import { resolveStaffSignIn } from "@/features/auth/sso/staff-sign-in";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { signInAtProvider, startTestProvider, type TestProvider } from "../support/oidc-test-provider";

const REDIRECT = "http://localhost:3999/api/sso/entra/callback";
const TENANT = "7f0c1d2e-0000-4000-8000-00000000d4a1";
let idp: TestProvider;
let config: EntraConfig;

const person = (oid: string, email: string, extra: Record<string, unknown> = {}) => ({
  oid,
  tid: TENANT,
  email,
  email_verified: true,
  preferred_username: email,
  name: `Person ${oid}`,
  ...extra,
});

beforeAll(async () => {
  idp = await startTestProvider({
    flavour: "entra",
    clientId: "medvirk-entra",
    clientSecret: "entra-test-secret",
    redirectUris: [REDIRECT],
    postLogoutRedirectUris: ["http://localhost:3999/logg-inn?logget-ut=1"],
    accounts: {
      pia: person("oid-pia", "pia.politiker@drammen.test"),
      pia2: person("oid-pia-2", "pia.politiker@drammen.test"),
      dag: person("oid-dag", "dag.deaktivert@drammen.test"),
      ny: person("oid-ny", "nora.ny@drammen.test", { groups: ["grp-politikere"] }),
      nyadmin: person("oid-nyadmin", "ada.admin@drammen.test", { groups: ["grp-politikere", "grp-admin"] }),
      utengruppe: person("oid-ug", "uten.gruppe@drammen.test", { groups: ["grp-annet"] }),
      fremmed: person("oid-fremmed", "fremmed@annet.test", { groups: ["grp-politikere"] }),
      uverifisert: person("oid-uv", "uv@drammen.test", { email_verified: false, groups: ["grp-politikere"] }),
    },
  });
  Object.assign(process.env, {
    MEDVIRK_ENTRA_ISSUER: idp.issuer,
    MEDVIRK_ENTRA_CLIENT_ID: "medvirk-entra",
    MEDVIRK_ENTRA_CLIENT_SECRET: "entra-test-secret",
    MEDVIRK_ENTRA_ALLOWED_DOMAINS: "drammen.test",
    MEDVIRK_ENTRA_GROUP_ROLES: "grp-politikere=POLITICIAN, grp-admin=ADMIN",
  });
  config = entraConfig()!;
});
afterAll(async () => idp?.close());

/** One trip through the provider: begin, sign in as `login`, come back. */
async function trip(login: string) {
  const begun = await beginSignIn(config, { redirectUri: REDIRECT, returnTo: "/politiker" });
  const callback = await signInAtProvider(begun.url, login);
  return { begun, callback, tx: readTransaction("entra", begun.cookie) };
}

async function signIn(login: string) {
  const { callback, tx } = await trip(login);
  const done = await completeSignIn(config, callback, tx, { redirectUri: REDIRECT });
  if (!done.ok) throw new Error(`${done.reason}: ${done.detail}`);
  return resolveStaffSignIn(config, done.claims);
}

describe("Entra ID sign-in: the protocol", () => {
  it("asks with PKCE S256, state and nonce, and comes back with the ID token's claims", async () => {
    const { begun, callback, tx } = await trip("pia");
    const url = new URL(begun.url);
    expect(url.searchParams.get("code_challenge_method")).toBe("S256");
    expect(url.searchParams.get("code_challenge")).toMatch(/^[\w-]{43}$/);
    expect(tx!.verifier.length).toBeGreaterThanOrEqual(43);
    expect(url.searchParams.get("state")).toBe(tx!.state);
    expect(url.searchParams.get("nonce")).toBe(tx!.nonce);
    const done = await completeSignIn(config, callback, tx, { redirectUri: REDIRECT });
    expect(done.ok && done.claims).toMatchObject({ oid: "oid-pia", tid: TENANT, email: "pia.politiker@drammen.test" });
    expect(done.ok && done.returnTo).toBe("/politiker");
  });

  it("refuses a callback whose state is not this browser's", async () => {
    const { callback, tx } = await trip("pia");
    callback.searchParams.set("state", "someone-elses-state");
    expect(await completeSignIn(config, callback, tx, { redirectUri: REDIRECT })).toMatchObject({ ok: false, reason: "state" });
  });

  it("refuses a callback without the sign-in cookie, or with a cookie that was altered", async () => {
    const { begun, callback } = await trip("pia");
    expect(await completeSignIn(config, callback, null, { redirectUri: REDIRECT })).toMatchObject({ ok: false, reason: "state" });
    const altered = begun.cookie.slice(0, -4) + (begun.cookie.endsWith("AAAA") ? "BBBB" : "AAAA");
    expect(readTransaction("entra", altered)).toBeNull();
    expect(readTransaction("idporten", begun.cookie)).toBeNull();
  });

  it("refuses a replayed code (the provider redeems a code once)", async () => {
    const { callback, tx } = await trip("pia");
    expect((await completeSignIn(config, callback, tx, { redirectUri: REDIRECT })).ok).toBe(true);
    expect(await completeSignIn(config, callback, tx, { redirectUri: REDIRECT })).toMatchObject({ ok: false, reason: "token" });
  });

  it("refuses an ID token whose nonce is not the one this browser sent", async () => {
    const { callback, tx } = await trip("pia");
    const done = await completeSignIn(config, callback, { ...tx!, nonce: "another-nonce-0123456789abcdefghijklmnop" }, { redirectUri: REDIRECT });
    expect(done).toMatchObject({ ok: false, reason: "token" });
    expect(!done.ok && done.detail).toMatch(/nonce/);
  });

  it("refuses a code redeemed without this browser's PKCE verifier", async () => {
    const { callback, tx } = await trip("pia");
    const done = await completeSignIn(config, callback, { ...tx!, verifier: "x".repeat(64) }, { redirectUri: REDIRECT });
    expect(done).toMatchObject({ ok: false, reason: "token" });
  });

  it("refuses an expired ID token", async () => {
    const { callback, tx } = await trip("pia");
    const later = new Date(Date.now() + 3 * 60 * 60 * 1000);
    expect(await completeSignIn(config, callback, tx, { redirectUri: REDIRECT, now: later })).toMatchObject({ ok: false, reason: "expired" });
  });

  it("reports the provider's own refusal (unknown person at the provider)", async () => {
    const begun = await beginSignIn(config, { redirectUri: REDIRECT, returnTo: "" });
    const callback = await signInAtProvider(begun.url, "nobody-at-all");
    expect(callback.searchParams.get("error")).toBe("access_denied");
    expect(await completeSignIn(config, callback, readTransaction("entra", begun.cookie), { redirectUri: REDIRECT })).toMatchObject({
      ok: false,
      reason: "provider",
    });
  });

  it("offers the provider's end-session on sign-out", async () => {
    const url = new URL((await endSessionUrl(config, "http://localhost:3999/logg-inn?logget-ut=1"))!);
    expect(url.origin + url.pathname).toBe(`${idp.issuer}/session/end`);
    expect(url.searchParams.get("post_logout_redirect_uri")).toBe("http://localhost:3999/logg-inn?logget-ut=1");
    const page = await fetch(url, { redirect: "manual" });
    expect(page.status).toBe(200);
  });
});

describe("Entra ID sign-in: which account", () => {
  it("links an account the administration created, by e-mail, once; later by its object id", async () => {
    const admin = await createUser("POLITICIAN", { email: "pia.politiker@drammen.test" });
    const first = await signIn("pia");
    expect(first).toEqual({ ok: true, userId: admin.id, created: false, linked: true });
    const identity = await db.authIdentity.findFirstOrThrow({ where: { userId: admin.id }, select: { provider: true, subject: true } });
    expect(identity).toEqual({ provider: "entra", subject: `${TENANT}:oid-pia` });
    // The address changes in Medvirk: the object id still finds the person.
    await db.user.update({ where: { id: admin.id }, data: { email: "pia.ny.adresse@drammen.test" } });
    expect(await signIn("pia")).toEqual({ ok: true, userId: admin.id, created: false, linked: false });
    await db.user.update({ where: { id: admin.id }, data: { email: "pia.politiker@drammen.test" } });
    // Another Entra object with the same address cannot take the account over.
    expect(await signIn("pia2")).toEqual({ ok: false, reason: "linkedElsewhere" });
    expect(await db.auditLog.count({ where: { actorId: admin.id, action: "sso.linked" } })).toBe(1);
  });

  it("refuses a deactivated account, linked or not", async () => {
    const user = await createUser("POLITICIAN", { email: "dag.deaktivert@drammen.test" });
    expect((await signIn("dag")).ok).toBe(true);
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await signIn("dag")).toEqual({ ok: false, reason: "deactivated" });
    await db.authIdentity.deleteMany({ where: { userId: user.id } });
    expect(await signIn("dag")).toEqual({ ok: false, reason: "deactivated" });
  });

  it("creates an account for an allowed domain with a role from a configured group, the strongest first", async () => {
    const nora = await signIn("ny");
    expect(nora).toMatchObject({ ok: true, created: true });
    const user = await db.user.findUniqueOrThrow({
      where: { id: nora.ok ? nora.userId : "" },
      select: { email: true, role: true, passwordHash: true, name: true },
    });
    expect(user).toEqual({ email: "nora.ny@drammen.test", role: "POLITICIAN", passwordHash: null, name: "Person oid-ny" });
    const ada = await signIn("nyadmin");
    expect(ada.ok && (await db.user.findUniqueOrThrow({ where: { id: ada.userId }, select: { role: true } })).role).toBe("ADMIN");
  });

  it("refuses an unknown person: outside the allowed domains, without a mapped group, or with an unverified address", async () => {
    expect(await signIn("fremmed")).toEqual({ ok: false, reason: "noAccount" });
    expect(await signIn("utengruppe")).toEqual({ ok: false, reason: "noAccount" });
    expect(await signIn("uverifisert")).toEqual({ ok: false, reason: "unverified" });
    expect(await db.user.count({ where: { email: { in: ["fremmed@annet.test", "uten.gruppe@drammen.test", "uv@drammen.test"] } } })).toBe(0);
  });
});
