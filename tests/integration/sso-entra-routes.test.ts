// The Entra ID callback route's work (entra-routes.ts) against a real OpenID Connect provider
// and a stand-in for Microsoft Graph: a person in too many groups for the ID token (overage:
// `_claim_names.groups` or `hasgroups`) gets the role their groups map to, read from Graph
// with the access token; when Graph fails the sign-in is refused with its own reason and
// logged, and nobody is created or changed. And an account that still has the administration's
// initial password is not sent to change it when it signs in through Entra ID — the password
// path still is (the session says how it was opened: session.ts, action.ts).
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { entraConfig } from "@/features/auth/sso/config";
import { hasGroupOverage, staffGroups } from "@/features/auth/sso/entra-groups";
import { finishEntraSignIn } from "@/features/auth/sso/entra-routes";
import { beginSignIn, transactionCookie } from "@/features/auth/sso/oidc-flow";
import { readStaffTicket } from "@/features/auth/sso/staff-ticket";
import { runAction } from "@/lib/action";
import { jwtCallback, sessionCallback } from "@/lib/auth-callbacks";
import { db } from "@/lib/db";
import { log } from "@/lib/logger";
import { getSessionUser } from "@/lib/session";
import { createUser } from "../support/factories";
import { signInAtProvider, startTestGraph, startTestProvider, type TestGraph, type TestProvider } from "../support/oidc-test-provider";

const jar = vi.hoisted(() => ({ cookies: new Map<string, string>(), session: null as unknown, signIns: [] as unknown[] }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: (name: string) => (jar.cookies.has(name) ? { name, value: jar.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ host: "localhost:3999" }),
}));
vi.mock("@/lib/auth", () => ({
  // Auth.js needs Next's runtime; record the hand-over instead (staff-ticket.ts), and give
  // session.ts the session the real callbacks (auth-callbacks.ts) made.
  signIn: async (provider: string, options: unknown) => void jar.signIns.push({ provider, options }),
  auth: async () => jar.session,
}));

const ORIGIN = "http://localhost:3999";
const REDIRECT = `${ORIGIN}/api/sso/entra/callback`;
const TENANT = "tenant-overage";
let idp: TestProvider;
let graph: TestGraph;

const many = Array.from({ length: 240 }, (_, i) => `grp-${i}`);
const overage = { _claim_names: { groups: "src1" }, _claim_sources: { src1: { endpoint: `https://graph.windows.net/${TENANT}/users/x/getMemberObjects` } } };
const person = (oid: string, email: string, extra: Record<string, unknown> = {}) => ({
  oid,
  tid: TENANT,
  email,
  email_verified: true,
  name: `Person ${oid}`,
  ...extra,
});

beforeAll(async () => {
  idp = await startTestProvider({
    flavour: "entra",
    clientId: "medvirk-entra-routes",
    clientSecret: "routes-secret",
    redirectUris: [REDIRECT],
    accounts: {
      mange: person("oid-mange", "mange.grupper@drammen.test", overage),
      flagg: person("oid-flagg", "flagg.grupper@drammen.test", { hasgroups: true }),
      sjef: person("oid-sjef", "sjef.grupper@drammen.test", overage),
      ny: person("oid-nypassord", "ny.passord@drammen.test"),
      faa: person("oid-faa", "faa.grupper@drammen.test", { groups: ["grp-politikere"] }),
    },
  });
  graph = await startTestGraph(idp, {
    mange: [...many, "grp-politikere"],
    flagg: [...many, "grp-admin"],
    sjef: [...many, "grp-politikere"],
  });
  Object.assign(process.env, {
    MEDVIRK_ENTRA_ISSUER: idp.issuer,
    MEDVIRK_ENTRA_CLIENT_ID: "medvirk-entra-routes",
    MEDVIRK_ENTRA_CLIENT_SECRET: "routes-secret",
    MEDVIRK_ENTRA_ALLOWED_DOMAINS: "drammen.test",
    MEDVIRK_ENTRA_GROUP_ROLES: "grp-politikere=POLITICIAN, grp-admin=ADMIN",
    MEDVIRK_ENTRA_GRAPH_URL: graph.url,
  });
  delete process.env.APP_URL;
  delete process.env.AUTH_URL;
});
afterAll(async () => {
  await graph?.close();
  await idp?.close();
});
beforeEach(() => {
  graph.fail = null;
  graph.calls.length = 0;
  jar.signIns.length = 0;
});

/** The browser's trip: /api/sso/entra/start's work, the provider, then the callback route. */
async function callbackRoute(login: string): Promise<{ status: number; location: string; userId: string | null }> {
  const begun = await beginSignIn(entraConfig()!, { redirectUri: REDIRECT, returnTo: "" });
  jar.cookies.set(transactionCookie("entra"), begun.cookie);
  const callback = await signInAtProvider(begun.url, login);
  const res = await finishEntraSignIn(new Request(callback), callback, "test-request");
  const handed = jar.signIns[0] as { options: { ticket: string } } | undefined;
  return { status: res.status, location: res.headers.get("location") ?? "", userId: handed ? readStaffTicket(handed.options.ticket) : null };
}

describe("Entra ID groups overage", () => {
  it("reads the groups from Graph when the ID token says there were too many, and maps them to a role", async () => {
    const done = await callbackRoute("mange");
    expect(done).toMatchObject({ status: 303, location: "/politiker" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "mange.grupper@drammen.test" }, select: { id: true, role: true } });
    expect(user.role).toBe("POLITICIAN");
    expect(done.userId).toBe(user.id);
    // Asked once, with the access token the provider issued for this person and the Graph permission.
    expect(graph.calls).toEqual([{ account: "mange", scope: expect.stringContaining("GroupMember.Read.All"), body: { securityEnabledOnly: false } }]);
  });

  it("does the same for `hasgroups: true`", async () => {
    expect(await callbackRoute("flagg")).toMatchObject({ status: 303, location: "/admin" });
    expect((await db.user.findUniqueOrThrow({ where: { email: "flagg.grupper@drammen.test" }, select: { role: true } })).role).toBe("ADMIN");
  });

  it("refuses the sign-in, with its own reason and a log line, when Graph fails — nobody created, no role kept or changed", async () => {
    const error = vi.spyOn(log, "error");
    graph.fail = 503;
    expect(await callbackRoute("sjef")).toEqual({ status: 303, location: "/logg-inn?sso-feil=groupsUnavailable", userId: null });
    expect(error).toHaveBeenCalledWith(
      "entra: groups unavailable from Microsoft Graph",
      expect.objectContaining({ requestId: "test-request", detail: expect.stringContaining("503") }),
    );
    expect(await db.user.count({ where: { email: "sjef.grupper@drammen.test" } })).toBe(0);
    // An existing admin whose groups now say politician: not signed in as admin on unknown groups.
    const admin = await createUser("ADMIN", { email: "sjef.grupper@drammen.test" });
    expect(await callbackRoute("sjef")).toMatchObject({ location: "/logg-inn?sso-feil=groupsUnavailable", userId: null });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true } })).role).toBe("ADMIN");
    graph.fail = null;
    expect(await callbackRoute("sjef")).toMatchObject({ location: "/politiker", userId: admin.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id }, select: { role: true } })).role).toBe("POLITICIAN");
    error.mockRestore();
  });

  it("never treats a made-up access token or a Graph refusal as «no groups»", async () => {
    const config = entraConfig()!;
    const claims = { sub: "x", ...overage } as unknown as Parameters<typeof staffGroups>[1];
    expect(hasGroupOverage(claims)).toBe(true);
    expect(await staffGroups(config, claims, "made-up-token")).toMatchObject({ ok: false, detail: expect.stringContaining("401") });
    expect(await staffGroups(config, claims, "")).toMatchObject({ ok: false });
    expect(await staffGroups({ ...config, graphUrl: "http://127.0.0.1:9" }, claims, "t")).toMatchObject({
      ok: false,
      detail: expect.stringContaining("did not answer"),
    });
    // Without a group→role map, groups do not matter and Graph is not asked.
    expect(await staffGroups({ ...config, groupRoles: new Map() }, claims, "")).toEqual({ ok: true, groups: [], fromGraph: false });
    // Groups in the token are used as they are.
    expect(await callbackRoute("faa")).toMatchObject({ location: "/politiker" });
    expect(graph.calls).toHaveLength(0);
  });
});

describe("an initial password and Entra ID", () => {
  const sessionFor = async (userId: string, provider: "sso" | "credentials") => {
    const token = await jwtCallback({ token: {}, user: { id: userId }, account: { provider, type: "credentials", providerAccountId: userId } });
    return sessionCallback({ session: { user: {}, expires: "" } as never, token });
  };
  const anyCommand = { permission: "process.read" as const, schema: z.object({}), run: async () => "ran" };

  it("an account the administration created sees no «change your password» after an Entra sign-in; with the password it still must", async () => {
    const user = await createUser("POLITICIAN", { email: "ny.passord@drammen.test" });
    await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });

    // The callback sends the person home, not to /konto?maa-endre=1.
    expect(await callbackRoute("ny")).toMatchObject({ status: 303, location: "/politiker", userId: user.id });

    // The session opened through Entra ID: pages and actions let the person on.
    jar.session = await sessionFor(user.id, "sso");
    expect(await getSessionUser()).toMatchObject({ id: user.id, mustChangePassword: false });
    const viaSso = await getSessionUser();
    expect(await runAction(anyCommand, { userId: user.id, mustChangePassword: viaSso!.mustChangePassword, input: {} })).toMatchObject({
      status: "success",
      data: "ran",
    });

    // The same account signed in with its initial password is still sent to choose its own.
    jar.session = await sessionFor(user.id, "credentials");
    const viaPassword = await getSessionUser();
    expect(viaPassword).toMatchObject({ id: user.id, mustChangePassword: true });
    expect(await runAction(anyCommand, { userId: user.id, mustChangePassword: viaPassword!.mustChangePassword, input: {} })).toMatchObject({ status: "error" });
    expect(await runAction(anyCommand, { userId: user.id, input: {} })).toMatchObject({ status: "error" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { mustChangePassword: true } })).mustChangePassword).toBe(true);
  });
});
