// ID-porten sign-in for citizens against a real OpenID Connect provider on a local port,
// configured like ID-porten (PKCE required, acr levels, pid in the ID token): the request
// (PKCE S256, acr_values, ui_locales), the returned acr checked, the identity kept only as a
// keyed hash, the citizen session (revoked on sign-out), a form that requires sign-in refused
// server-side without it, inputs linked to the citizen and listed in «Mine innspill».
// Database: the demo seed (tests/support/integration-setup.ts).
import { createHmac, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { listCitizenInputs, parseMineCursor } from "@/features/auth/sso/citizen-inputs";
import {
  ACR_HIGH,
  ACR_SUBSTANTIAL,
  CITIZEN_COOKIE,
  citizenFromCookie,
  citizenSubjectHash,
  endCitizenSession,
  meetsLevel,
  startCitizenSession,
} from "@/features/auth/sso/citizen-session";
import { idPortenConfig, type IdPortenConfig } from "@/features/auth/sso/config";
import { startIdPortenSignIn } from "@/features/auth/sso/idporten-routes";
import { beginSignIn, completeSignIn, readTransaction } from "@/features/auth/sso/oidc-flow";
import { FORM_CACHE_MS, getPublicForm } from "@/features/forms/queries";
import { handlePublicSubmit } from "@/features/inputs/submit/public-submit-route";
import { db } from "@/lib/db";
import { signInAtProvider, startTestProvider, type TestProvider } from "../support/oidc-test-provider";

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ "x-forwarded-for": "203.0.113.9" }),
}));

const REDIRECT = "http://localhost:3999/api/sso/idporten/callback";
const KEY = "citizen-identity-key-for-tests-0123456789";
let idp: TestProvider;
let config: IdPortenConfig;

beforeAll(async () => {
  idp = await startTestProvider({
    flavour: "idporten",
    clientId: "medvirk-idporten",
    clientSecret: "idporten-test-secret",
    redirectUris: [REDIRECT],
    accounts: { "10108012345": { pid: "10108012345" }, "24117512345": { pid: "24117512345" } },
  });
  Object.assign(process.env, {
    MEDVIRK_IDPORTEN_ISSUER: idp.issuer,
    MEDVIRK_IDPORTEN_CLIENT_ID: "medvirk-idporten",
    MEDVIRK_IDPORTEN_CLIENT_SECRET: "idporten-test-secret",
    MEDVIRK_CITIZEN_ID_KEY: KEY,
  });
  config = idPortenConfig()!;
}, 180_000);
afterAll(async () => idp?.close());

async function trip(pid: string, level: "substantial" | "high", chosenAcr: string) {
  const high = level === "high";
  const begun = await beginSignIn(config, {
    redirectUri: REDIRECT,
    returnTo: "/mine-innspill",
    acrValues: [high ? ACR_HIGH : ACR_SUBSTANTIAL],
    acceptAcr: high ? [ACR_HIGH] : [ACR_SUBSTANTIAL, ACR_HIGH],
    uiLocales: "nn",
  });
  const callback = await signInAtProvider(begun.url, pid, { acr: chosenAcr });
  return { begun, callback, tx: readTransaction("idporten", begun.cookie) };
}

describe("ID-porten: the protocol", () => {
  it("asks with PKCE S256, the level and the page's language, and gets pid and acr back", async () => {
    const { begun, callback, tx } = await trip("10108012345", "substantial", ACR_SUBSTANTIAL);
    const url = new URL(begun.url);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      acr_values: ACR_SUBSTANTIAL,
      ui_locales: "nn",
      code_challenge_method: "S256",
      scope: "openid",
    });
    expect(tx!.verifier).toMatch(/^[\w-]{43,128}$/);
    const done = await completeSignIn(config, callback, tx, { redirectUri: REDIRECT });
    expect(done.ok && done.claims).toMatchObject({ pid: "10108012345", acr: ACR_SUBSTANTIAL });
  });

  it("the start route asks in the form's language (?sprak=), else the visitor's, at the level the form asks", async () => {
    const start = async (query: string, locale: "nb" | "nn" | "en") => {
      const url = new URL(`http://localhost:3999/api/sso/idporten/start?tilbake=%2Fskjema%2Fx${query}`);
      const res = await startIdPortenSignIn(new Request(url), url, locale, "test");
      expect(res.status).toBe(303);
      return new URL(res.headers.get("location")!).searchParams;
    };
    expect((await start("&sprak=nn", "nb")).get("ui_locales")).toBe("nn");
    expect((await start("&sprak=en", "nn")).get("ui_locales")).toBe("en");
    expect((await start("", "en")).get("ui_locales")).toBe("en");
    expect((await start("&sprak=de", "nb")).get("ui_locales")).toBe("nb");
    expect(Object.fromEntries(await start("&niva=hoy", "nb"))).toMatchObject({ acr_values: ACR_HIGH, code_challenge_method: "S256" });
    expect((await start("", "nb")).get("acr_values")).toBe(ACR_SUBSTANTIAL);
  });

  it("is a provider that requires PKCE, like ID-porten (a request without it is refused)", async () => {
    const begun = await beginSignIn(config, { redirectUri: REDIRECT, returnTo: "" });
    const url = new URL(begun.url);
    url.searchParams.delete("code_challenge");
    url.searchParams.delete("code_challenge_method");
    const callback = await signInAtProvider(url.href, "10108012345");
    expect(callback.searchParams.get("error")).toBe("invalid_request");
  });

  it("refuses a sign-in below the level the form asked for (wrong acr)", async () => {
    const { callback, tx } = await trip("10108012345", "high", ACR_SUBSTANTIAL);
    expect(await completeSignIn(config, callback, tx, { redirectUri: REDIRECT })).toMatchObject({ ok: false, reason: "acr" });
  });

  it("accepts high where substantial was asked", async () => {
    const { callback, tx } = await trip("10108012345", "substantial", ACR_HIGH);
    expect(await completeSignIn(config, callback, tx, { redirectUri: REDIRECT })).toMatchObject({ ok: true, claims: { acr: ACR_HIGH } });
  });

  it("refuses wrong state, a replayed code, a wrong nonce and an expired token", async () => {
    const a = await trip("10108012345", "substantial", ACR_SUBSTANTIAL);
    const forged = new URL(a.callback);
    forged.searchParams.set("state", "forged");
    expect(await completeSignIn(config, forged, a.tx, { redirectUri: REDIRECT })).toMatchObject({ ok: false, reason: "state" });
    expect((await completeSignIn(config, a.callback, a.tx, { redirectUri: REDIRECT })).ok).toBe(true);
    expect(await completeSignIn(config, a.callback, a.tx, { redirectUri: REDIRECT })).toMatchObject({ ok: false, reason: "token" });
    const b = await trip("10108012345", "substantial", ACR_SUBSTANTIAL);
    expect(await completeSignIn(config, b.callback, { ...b.tx!, nonce: "not-the-nonce-we-sent-0123456789abcdef" }, { redirectUri: REDIRECT })).toMatchObject({
      ok: false,
      reason: "token",
    });
    const c = await trip("10108012345", "substantial", ACR_SUBSTANTIAL);
    expect(await completeSignIn(config, c.callback, c.tx, { redirectUri: REDIRECT, now: new Date(Date.now() + 3 * 3600_000) })).toMatchObject({
      ok: false,
      reason: "expired",
    });
  });
});

describe("ID-porten: the citizen", () => {
  async function signedIn(pid: string, acr = ACR_SUBSTANTIAL) {
    const { callback, tx } = await trip(pid, "substantial", acr);
    const done = await completeSignIn(config, callback, tx, { redirectUri: REDIRECT });
    if (!done.ok) throw new Error(done.detail);
    return startCitizenSession(citizenSubjectHash(KEY, done.claims), String(done.claims.acr), done.idToken);
  }

  it("keeps only a keyed hash of the national identity number, the same citizen each time", async () => {
    const first = await signedIn("24117512345");
    const again = await signedIn("24117512345");
    expect(again.citizenId).toBe(first.citizenId);
    const row = await db.citizen.findUniqueOrThrow({ where: { id: first.citizenId }, select: { subjectHash: true } });
    expect(row.subjectHash).toBe(createHmac("sha256", KEY).update("pid:24117512345").digest("hex"));
    const everything = JSON.stringify(await db.$queryRawUnsafe("SELECT c.*, s.* FROM citizen c JOIN citizen_session s ON s.citizen_id = c.id"));
    expect(everything).not.toContain("24117512345");
  });

  it("has a session that sign-out revokes, and a cookie that cannot be altered", async () => {
    const { cookie, citizenId } = await signedIn("10108012345");
    const citizen = await citizenFromCookie(cookie);
    expect(citizen).toMatchObject({ citizenId, acr: ACR_SUBSTANTIAL });
    // Not the last character: base64url's last one carries spare bits, so changing it may leave the bytes as they were.
    const at = cookie.length - 10;
    const altered = cookie.slice(0, at) + (cookie[at] === "A" ? "B" : "A") + cookie.slice(at + 1);
    expect(await citizenFromCookie(altered)).toBeNull();
    await endCitizenSession(citizen!.sessionId);
    expect(await citizenFromCookie(cookie)).toBeNull();
  });

  it("levels: high satisfies substantial, not the other way round", () => {
    expect(meetsLevel(ACR_HIGH, "SUBSTANTIAL")).toBe(true);
    expect(meetsLevel(ACR_SUBSTANTIAL, "HIGH")).toBe(false);
    expect(meetsLevel("", "SUBSTANTIAL")).toBe(false);
    expect(meetsLevel("", "OPTIONAL")).toBe(true);
  });

  it("a form that requires ID-porten refuses anonymous input on the server; signed in, the input is linked and listed", async () => {
    const form = (await getPublicForm("demre-innspill"))!;
    await db.form.update({ where: { id: form.id }, data: { citizenSignIn: "HIGH" } });
    // The form's own POST handler (the route /skjema/<slug>/send), asked for JSON as the enhanced form does.
    const submit = async () => {
      const fields = {
        sprak: "nb",
        idempotencyKey: randomUUID(),
        kategori: "NEED",
        innspill: "Flere benker langs elva, takk.",
        bydel: form.districts[0]!.id,
        alder: "",
        malgruppe: "",
      };
      const req = new Request(`http://localhost/skjema/${form.slug}/send`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
        body: new URLSearchParams(fields).toString(),
      });
      const res = await handlePublicSubmit({ req, url: new URL(req.url), params: { slug: form.slug }, locale: "nb", requestId: "test" });
      const json = (await res.json()) as { status: string; location?: string; message?: string };
      return json.status === "ok" ? { redirect: json.location } : json;
    };
    jar.cookies.clear();
    expect(await submit()).toMatchObject({ status: "error", message: expect.stringContaining("høyt sikkerhetsnivå") });
    const substantial = await signedIn("10108012345", ACR_SUBSTANTIAL);
    jar.cookies.set(CITIZEN_COOKIE, substantial.cookie);
    expect(await submit()).toMatchObject({ status: "error" });
    const high = await signedIn("10108012345", ACR_HIGH);
    jar.cookies.set(CITIZEN_COOKIE, high.cookie);
    const sent = await submit();
    expect(sent).toMatchObject({ redirect: expect.stringMatching(/^\/kvittering\//) });
    const mine = await listCitizenInputs(high.citizenId);
    expect(mine.items[0]).toMatchObject({ text: "Flere benker langs elva, takk.", status: "RECEIVED", process: { slug: expect.any(String) } });
    // Optional again: anonymous input is possible and linked to no one.
    await db.form.update({ where: { id: form.id }, data: { citizenSignIn: "OPTIONAL" } });
    // The submit path reads a form at most every FORM_CACHE_MS (forms/queries.ts).
    await new Promise((resolve) => setTimeout(resolve, FORM_CACHE_MS + 100));
    jar.cookies.clear();
    expect(await submit()).toMatchObject({ redirect: expect.stringMatching(/^\/kvittering\//) });
    expect(await db.input.count({ where: { citizenId: high.citizenId } })).toBe(1);
  });

  it("«Mine innspill» pages through every input across processes, newest first", async () => {
    const { citizenId } = await signedIn("24117512345");
    const processes = await db.process.findMany({ take: 2, select: { id: true } });
    const base = Date.parse("2026-11-01T10:00:00Z");
    await db.input.createMany({
      data: Array.from({ length: 25 }, (_, i) => ({
        processId: processes[i % processes.length]!.id,
        text: `Innspill ${i}`,
        channel: "FORM" as const,
        receiptCode: `T${String(i).padStart(4, "0")}-MINE${citizenId.slice(0, 1).toUpperCase()}`,
        citizenId,
        submittedAt: new Date(base + (i % 5) * 60_000),
        publicResponse: i === 24 ? "Takk, vi tar det med." : "",
      })),
    });
    const first = await listCitizenInputs(citizenId);
    expect(first.items).toHaveLength(20);
    const second = await listCitizenInputs(citizenId, parseMineCursor(first.next!));
    expect(second.items).toHaveLength(5);
    expect(second.next).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((i) => i.id)).size).toBe(25);
    const times = all.map((i) => i.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(all.find((i) => i.text === "Innspill 24")?.publicResponse).toBe("Takk, vi tar det med.");
  });
});
