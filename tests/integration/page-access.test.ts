// Who may open which page: every page.tsx under src/app, called for real (its own access check,
// the real session lookup against user_session, the real queries on the demo data) for every
// kind of visitor — anonymous, each role, and an account still on its initial password. Only
// Auth.js's cookie reading and Next's request headers are stood in for. This is the page
// counterpart of route-guard.test.ts, and it replaces the per-role «who may open this» walks
// the browser tests used to do page by page (one real browser walk per role is kept: the
// e2e specs still prove that a refused page answers HTTP 403 and an anonymous one sends the
// browser to sign in).
// Database: the demo seed (tests/support/integration-setup.ts).
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { startSession } from "@/features/auth/sessions";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { ROLES } from "@/lib/permissions";

const current = vi.hoisted(() => ({ session: null as unknown }));
// Auth.js decodes the session cookie only inside a Next request; session.ts gets what it would
// give (the user id, the session id and version), and checks it against the database as always.
vi.mock("@/lib/auth", () => ({
  auth: async () => current.session,
  signIn: async () => undefined,
  signOut: async () => undefined,
}));
// next-auth's ESM build imports "next/server" without an extension, which plain Node cannot
// resolve; the sign-in actions only need its error classes.
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {}, CredentialsSignin: class CredentialsSignin extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false }),
  headers: async () => new Headers({ host: "localhost", "accept-language": "nb" }),
}));
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, { rich: (key: string) => key, markup: (key: string) => key, raw: (key: string) => key, has: () => true });
  return {
    getTranslations: async () => t,
    getLocale: async () => "nb",
    getFormatter: async () => ({ number: String, dateTime: String, relativeTime: String, list: String }),
    getMessages: async () => ({}),
    getNow: async () => new Date(),
    getTimeZone: async () => "Europe/Oslo",
  };
});

const APP = path.resolve(import.meta.dirname, "../../src/app");

function pageFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return pageFiles(full);
    return e.name === "page.tsx" ? [path.relative(APP, full)] : [];
  });
}

/** The URL path of a page file: route groups such as (public) leave no trace. */
const urlPathOf = (file: string) => `/${path.dirname(file)}`.replace(/\/\([^)]+\)/g, "").replace(/\/\.$/, "") || "/";

type Outcome = "shown" | "sign-in" | "change-password" | "forbidden" | "not-found" | `redirect ${string}` | `error ${string}`;

/** What the page did: returned something to render, or redirected (Next throws a NEXT_REDIRECT). */
async function open(file: string, params: Record<string, string>): Promise<{ outcome: Outcome; location?: string }> {
  try {
    const mod = (await import(/* @vite-ignore */ path.join(APP, file))) as { default: (props: unknown) => Promise<unknown> };
    await mod.default({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    return { outcome: "shown" };
  } catch (err) {
    const digest = (err as { digest?: string }).digest ?? "";
    if (!digest.startsWith("NEXT_REDIRECT")) return { outcome: `error ${(err as Error).message}` };
    const location = digest.split(";")[2]!;
    if (location.startsWith("/logg-inn?tilbake=")) return { outcome: "sign-in", location };
    if (location === "/konto?maa-endre=1") return { outcome: "change-password", location };
    if (location === "/__ingen-tilgang") return { outcome: "forbidden", location };
    if (location.startsWith("/__ikke-funnet")) return { outcome: "not-found", location };
    return { outcome: `redirect ${location}`, location };
  }
}

type Who = "anonymous" | Role | "mustChangePassword";
const sessions = {} as Record<Who, unknown>;

async function sessionFor(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { sessionVersion: true } });
  return { user: { id: userId }, sid: await startSession(userId), sv: user.sessionVersion, via: "password" };
}

let ids: Record<string, string> = {};
beforeAll(async () => {
  sessions.anonymous = null;
  const demoAccount: Record<Role, string> = { ADMIN: "admin@medvirk.test", POLITICIAN: "politiker@medvirk.test", GROUP_LEADER: "gruppeleder@medvirk.test" };
  for (const role of ROLES)
    sessions[role] = await sessionFor((await db.user.findUniqueOrThrow({ where: { email: demoAccount[role] }, select: { id: true } })).id);
  const renewing = await db.user.create({
    data: { email: "ny-admin@medvirk.test", name: "Ny Admin", role: "ADMIN", passwordHash: "x", mustChangePassword: true },
    select: { id: true },
  });
  sessions.mustChangePassword = await sessionFor(renewing.id);

  const demre = await db.process.findFirstOrThrow({ where: { slug: "demre" }, select: { id: true, slug: true } });
  const pick = async <T extends { id: string }>(row: Promise<T | null>) => (await row)?.id ?? PLACEHOLDER;
  const form = await db.form.findFirstOrThrow({ where: { processId: demre.id }, select: { id: true } });
  ids = {
    process: demre.id,
    slug: demre.slug,
    activity: await pick(db.activity.findFirst({ where: { processId: demre.id }, select: { id: true } })),
    phase: await pick(db.phase.findFirst({ where: { processId: demre.id }, select: { id: true } })),
    milestone: await pick(db.milestone.findFirst({ where: { processId: demre.id }, select: { id: true } })),
    targetGroup: await pick(db.targetGroup.findFirst({ where: { processId: demre.id }, select: { id: true } })),
    form: form.id,
    field: await pick(db.formField.findFirst({ where: { formId: form.id }, select: { id: true } })),
    theme: await pick(db.heardTheme.findFirst({ select: { id: true } })),
    user: await pick(db.user.findFirst({ where: { role: "POLITICIAN" }, select: { id: true } })),
    input: await pick(db.input.findFirst({ where: { processId: demre.id }, select: { id: true } })),
    inputImport: await pick(db.inputImport.findFirst({ select: { id: true } })),
    privacyRequest: await pick(db.privacyRequest.findFirst({ select: { id: true } })),
    outbox: await pick(db.outboxMessage.findFirst({ select: { id: true } })),
    method: await pick(db.method.findFirst({ select: { id: true } })),
    plan: (await db.thematicPlan.findFirstOrThrow({ select: { slug: true } })).slug,
    formSlug: (await db.form.findFirstOrThrow({ where: { isPublished: true, process: { status: "PUBLISHED" } }, select: { slug: true } })).slug,
    receipt: (await db.input.findFirstOrThrow({ select: { receiptCode: true } })).receiptCode,
  };
});

/** Real demo ids for a page's [params], by the folder the param sits in. */
function paramsFor(file: string): Record<string, string> {
  const byFolder: [RegExp, string, keyof typeof ids][] = [
    [/^admin\/prosesser\/\[id\]/, "id", "process"],
    [/\[activityId\]/, "activityId", "activity"],
    [/\[phaseId\]/, "phaseId", "phase"],
    [/\[milestoneId\]/, "milestoneId", "milestone"],
    [/\[groupId\]/, "groupId", "targetGroup"],
    [/\[formId\]/, "formId", "form"],
    [/\[fieldId\]/, "fieldId", "field"],
    [/\[themeId\]/, "themeId", "theme"],
    [/^admin\/brukere\/\[id\]/, "id", "user"],
    [/^admin\/innspill\/\[id\]/, "id", "input"],
    [/^admin\/innspill\/import\/\[id\]/, "id", "inputImport"],
    [/^admin\/kunnskapsbase\/(sladd|sortering)\/\[id\]/, "id", "input"],
    [/^admin\/personvern\/\[id\]/, "id", "privacyRequest"],
    [/^admin\/utsending\/\[id\]/, "id", "outbox"],
    [/^admin\/verktoybank\/\[id\]/, "id", "method"],
    [/^gruppeleder\/deltakelse\/\[id\]/, "id", "process"],
    [/skjema\/\[slug\]/, "slug", "formSlug"],
    [/^(\(public\)\/prosesser|gruppeleder\/prosesser)\/\[slug\]/, "slug", "slug"],
    [/\[processSlug\]/, "processSlug", "slug"],
    [/\[planSlug\]/, "planSlug", "plan"],
    [/\[code\]/, "code", "receipt"],
  ];
  const params: Record<string, string> = {};
  for (const [pattern, name, key] of byFolder) if (pattern.test(file)) params[name] = ids[key]!;
  return params;
}

/**
 * Who may open each page, written out (not read from the permission table): pages by area,
 * and the exceptions. A page in none of these fails below until someone decides who it is for.
 */
const PUBLIC = [
  "/",
  "/avmelding",
  "/kvittering",
  "/kvittering/[code]",
  "/mine-innspill",
  "/personvern",
  "/prosesser/[slug]",
  "/prosesser/[slug]/dette-har-vi-hort",
  "/skjema/[slug]",
  "/tilgjengelighet",
  "/logg-inn",
];
function allowed(url: string): readonly Role[] | "everyone" {
  if (PUBLIC.includes(url)) return "everyone";
  if (url === "/konto") return ["ADMIN", "POLITICIAN", "GROUP_LEADER"];
  // The method comparison is for the council too; nothing else under /gruppeleder is.
  if (url === "/gruppeleder/metoder") return ["GROUP_LEADER", "ADMIN", "POLITICIAN"];
  if (url.startsWith("/gruppeleder") || url.startsWith("/kunnskapsgrunnlag")) return ["GROUP_LEADER", "ADMIN"];
  // Recording inputs from an activity: the politician who was there, or the administration.
  if (url === "/politiker/aktiviteter/[activityId]/innspill") return ["POLITICIAN", "ADMIN"];
  if (url.startsWith("/politiker")) return ["POLITICIAN"];
  if (url.startsWith("/admin")) return ["ADMIN"];
  throw new Error(`${url}: say in page-access.test.ts who may open this page`);
}

const PLACEHOLDER = "00000000-0000-4000-8000-000000000000";
const pages = pageFiles().sort();

describe("who may open which page", () => {
  it("finds the pages", () => {
    expect(pages.length).toBeGreaterThanOrEqual(70);
  });

  for (const file of pages) {
    const url = urlPathOf(file);
    it(`${url}: anonymous, each role, and an initial password`, async () => {
      const who = allowed(url);
      const params = paramsFor(file);
      const concrete = url.replace(/\[([^\]]+)\]/g, (_, name: string) => params[name]!);
      // An id the demo has none of (no import, no privacy request, no mail): let in, the page finds nothing.
      const letIn: Outcome[] = Object.values(params).includes(PLACEHOLDER) ? ["not-found", "shown"] : ["shown"];
      for (const visitor of ["anonymous", ...ROLES, "mustChangePassword"] as Who[]) {
        current.session = sessions[visitor];
        const { outcome, location } = await open(file, params);
        const label = `${visitor} on ${concrete}`;
        if (who === "everyone") {
          expect(letIn, label).toContain(outcome);
        } else if (visitor === "anonymous") {
          // Sent to sign in, and back afterwards to this very page.
          expect(outcome, label).toBe("sign-in");
          expect(decodeURIComponent(location!.slice("/logg-inn?tilbake=".length)), label).toBe(concrete);
        } else if (visitor === "mustChangePassword") {
          // An account on the administration's initial password chooses its own first (only /konto stays open).
          expect(outcome, label).toBe(url === "/konto" ? "shown" : "change-password");
        } else {
          if (who.includes(visitor)) expect(letIn, label).toContain(outcome);
          else expect(outcome, label).toBe("forbidden");
        }
      }
    }, 60_000);
  }
});

/**
 * The staff downloads, written out per role (route-guard.test.ts walks every route against the
 * permission table; this says what the table must give): called through the real route
 * handler with the real session, real demo ids, and the format a link asks for.
 */
describe("who may download what", () => {
  const DOWNLOADS: { url: () => string; file: string; params: () => Record<string, string>; who: readonly Role[] }[] = [
    { url: () => "/admin/innspill/eksport?format=csv", file: "admin/innspill/eksport/route.ts", params: () => ({}), who: ["ADMIN"] },
    { url: () => "/admin/endringslogg/eksport", file: "admin/endringslogg/eksport/route.ts", params: () => ({}), who: ["ADMIN"] },
    {
      url: () => `/admin/prosesser/${ids.process}/aktiviteter/${ids.activity}/pameldinger/eksport`,
      file: "admin/prosesser/[id]/aktiviteter/[activityId]/pameldinger/eksport/route.ts",
      params: () => ({ id: ids.process!, activityId: ids.activity! }),
      who: ["ADMIN"],
    },
    ...["docx", "xlsx"].map((format) => ({
      url: () => `/gruppeleder/prosesser/${ids.slug}/saksframlegg?format=${format}`,
      file: "gruppeleder/prosesser/[slug]/saksframlegg/route.ts",
      params: () => ({ slug: ids.slug! }),
      who: ["GROUP_LEADER", "ADMIN"] as const,
    })),
    ...["csv", "xlsx"].map((format) => ({
      url: () => `/kunnskapsgrunnlag/prosess/${ids.slug}/eksport?format=${format}`,
      file: "kunnskapsgrunnlag/prosess/[processSlug]/eksport/route.ts",
      params: () => ({ processSlug: ids.slug! }),
      who: ["GROUP_LEADER", "ADMIN"] as const,
    })),
  ];
  for (const d of DOWNLOADS) {
    it(`${d.file} (${d.who.join(", ")})`, async () => {
      const { GET } = (await import(/* @vite-ignore */ path.join(APP, d.file))) as { GET: (req: Request, ctx: unknown) => Promise<Response> };
      for (const visitor of ["anonymous", ...ROLES] as Who[]) {
        current.session = sessions[visitor];
        const res = await GET(new Request(`http://localhost${d.url()}`), { params: Promise.resolve(d.params()) });
        const label = `${visitor} ${d.url()}`;
        if (visitor === "anonymous") {
          expect(res.status, label).toBe(303);
          expect(res.headers.get("location"), label).toBe(`/logg-inn?tilbake=${encodeURIComponent(d.url())}`);
        } else expect(res.status, label).toBe(d.who.includes(visitor as Role) ? 200 : 403);
      }
    }, 60_000);
  }
});
