// The one guard for route handlers (src/lib/route-guard.ts): every route.ts under src/app is
// either guarded with a permission from the table or says why it is public, and every guarded
// handler — called for real, with real users from the database — sends anonymous visitors to
// sign in (303, back afterwards), an account on its initial password to change it, and a role
// without the permission a Norwegian 403, exactly as the action gate and the pages do.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/lib/db";
import { PERMISSIONS, ROLES, type Permission } from "@/lib/permissions";
import type { SessionUser } from "@/lib/session";
import { createUser } from "../support/factories";

// The request's session and cookies are what Next would supply; everything behind them is real.
const current = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/lib/session", () => ({ getSessionUser: async () => current.user }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const APP = path.resolve(import.meta.dirname, "../../src/app");
// Public without the wrapper, and why: Auth.js's own endpoints; the health check (load balancers).
const PUBLIC_WITHOUT_WRAPPER: Record<string, string> = {
  "api/auth/[...nextauth]/route.ts": "Auth.js sign-in/sign-out endpoints",
  "api/health/route.ts": "load balancers ask without an account; it tells only ok/degraded",
};

function routeFiles(dir = APP): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return routeFiles(full);
    return e.name === "route.ts" ? [path.relative(APP, full)] : [];
  });
}

const routes = routeFiles().map((file) => {
  const source = readFileSync(path.join(APP, file), "utf8");
  const guarded = /guardedRoute(?:<[^>]*>)?\(\s*"([a-zA-Z.]+)"/.exec(source)?.[1] as Permission | undefined;
  return { file, guarded, isPublic: /publicRoute(?:<[^>]*>)?\(\s*"/.test(source) };
});

/** A concrete URL for a route file: every [param] becomes a well-formed id that matches nothing. */
const urlFor = (file: string) =>
  `http://localhost/${path
    .dirname(file)
    .replace(/\[\.\.\.[^\]]+\]/g, "x")
    .replace(/\[[^\]]+\]/g, "00000000-0000-4000-8000-000000000000")}?format=csv`;
const paramsFor = (file: string) => Object.fromEntries([...file.matchAll(/\[([^\].]+)\]/g)].map((m) => [m[1], "00000000-0000-4000-8000-000000000000"]));

type Who = "anonymous" | Role | "mustChangePassword";
const people = {} as Record<Who, SessionUser | null>;
beforeAll(async () => {
  people.anonymous = null;
  for (const role of ROLES) people[role] = await sessionUser((await createUser(role)).id);
  const admin = await createUser("ADMIN");
  await db.user.update({ where: { id: admin.id }, data: { mustChangePassword: true } });
  people.mustChangePassword = await sessionUser(admin.id);
});

async function sessionUser(id: string): Promise<SessionUser> {
  return db.user.findUniqueOrThrow({ where: { id }, select: { id: true, name: true, email: true, role: true, partyId: true, mustChangePassword: true } });
}

describe("every route handler uses the one guard", () => {
  it("finds the route handlers", () => {
    expect(routes.length).toBeGreaterThanOrEqual(8);
  });

  for (const r of routes) {
    it(`${r.file} is guarded by a permission or says why it is public`, () => {
      expect(!!r.guarded || r.isPublic || r.file in PUBLIC_WITHOUT_WRAPPER, `${r.file}: use guardedRoute(permission, …) or publicRoute(reason, …)`).toBe(true);
      if (r.guarded) expect(Object.keys(PERMISSIONS)).toContain(r.guarded);
    });
  }
});

describe("every guarded route handler × every kind of visitor", () => {
  for (const r of routes.filter((x) => x.guarded)) {
    const permission = r.guarded!;
    for (const who of ["anonymous", ...ROLES, "mustChangePassword"] as Who[]) {
      it(`${r.file}: ${who}`, async () => {
        const { GET } = (await import(/* @vite-ignore */ path.join(APP, r.file))) as { GET: (req: Request, ctx: unknown) => Promise<Response> };
        current.user = people[who];
        const url = urlFor(r.file);
        const res = await GET(new Request(url), { params: Promise.resolve(paramsFor(r.file)) });
        if (who === "anonymous") {
          expect(res.status).toBe(303);
          const { pathname, search } = new URL(url);
          expect(res.headers.get("location")).toBe(`/logg-inn?tilbake=${encodeURIComponent(pathname + search)}`);
        } else if (who === "mustChangePassword") {
          expect(res.status).toBe(303);
          expect(res.headers.get("location")).toBe("/konto?maa-endre=1");
        } else if ((PERMISSIONS[permission] as readonly string[]).includes(who)) {
          // Let in: the handler itself answers (nothing matches the made-up ids, or the download).
          expect([200, 404]).toContain(res.status);
        } else {
          expect(res.status).toBe(403);
          expect(await res.text()).toBe("Du har ikke tilgang til å gjøre dette.");
        }
      });
    }
  }
});
