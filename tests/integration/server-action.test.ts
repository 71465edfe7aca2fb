// Issue #19 point 2: the one shape of a server action (src/lib/server-action.ts) — the gate,
// then what the action declares for a success: paths revalidated, a redirect built from the
// parsed input and result, a `context` schema for navigation-only fields, a choice between
// commands parsed like any value, and a checked return path. Real Postgres; Next's request
// APIs (session, cookies, revalidatePath, redirect) are stand-ins that record their calls.
import { randomBytes } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { calendarSubscriptionAction } from "@/features/calendar/actions";
import { deleteDistrictAction, saveDistrictAction } from "@/features/districts/actions";
import { bulkTriageAction } from "@/features/knowledge/triage/actions";
import { idle } from "@/lib/action";
import { db } from "@/lib/db";
import { setLocaleAction } from "@/lib/i18n/actions";
import { createUser } from "../support/factories";

const session = vi.hoisted(() => ({ user: null as null | { id: string; role: string; mustChangePassword: boolean } }));
const calls = vi.hoisted(() => ({ revalidated: [] as unknown[][], cookies: [] as unknown[][] }));
class Redirected extends Error {
  constructor(readonly to: string) {
    super(`redirect ${to}`);
  }
}
vi.mock("@/lib/session", () => ({ getSessionUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: (...a: unknown[]) => calls.cookies.push(a) }),
  headers: async () => new Headers({ host: "medvirk.test", "x-forwarded-proto": "https" }),
}));
vi.mock("next/cache", () => ({ revalidatePath: (...a: unknown[]) => calls.revalidated.push(a) }));
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Redirected(to);
  },
}));

const form = (fields: Record<string, string>) => {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
};
const redirectOf = (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => (e instanceof Redirected ? e.to : Promise.reject(e)),
  );

let admin: { id: string; role: string; mustChangePassword: boolean };
beforeAll(async () => {
  const a = await createUser("ADMIN");
  admin = { id: a.id, role: "ADMIN", mustChangePassword: false };
});
beforeEach(() => {
  calls.revalidated.length = 0;
  calls.cookies.length = 0;
  session.user = admin;
});

describe("serverAction: the gate, then the declared success", () => {
  it("revalidates and redirects with the result; a refusal returns the form's state and does neither", async () => {
    const name = `Bydel ${randomBytes(4).toString("hex")}`;
    const to = await redirectOf(saveDistrictAction(idle, form({ districtId: "", name })));
    const district = await db.district.findFirstOrThrow({ where: { name }, select: { id: true } });
    expect(to).toBe(`/admin/bydeler?lagtTil=${district.id}`);
    expect(calls.revalidated).toEqual([["/", "layout"]]);

    calls.revalidated.length = 0;
    const refused = await saveDistrictAction(idle, form({ districtId: "", name: "" }));
    expect(refused.status).toBe("error");
    expect(refused.status === "error" && refused.fieldErrors.name).toBeTruthy();
    expect(calls.revalidated).toEqual([]);

    expect(await redirectOf(deleteDistrictAction(idle, form({ districtId: district.id })))).toBe("/admin/bydeler?slettet=1");
  });

  it("a politician is refused by the gate before anything is declared to happen", async () => {
    const politician = await createUser("POLITICIAN");
    session.user = { id: politician.id, role: "POLITICIAN", mustChangePassword: false };
    const state = await saveDistrictAction(idle, form({ districtId: "", name: "Ikke lov" }));
    expect(state.status === "error" && state.message).toMatch(/tilgang/i);
    expect(calls.revalidated).toEqual([]);
  });
});

describe("chooseAction: the pressed button is parsed like any value", () => {
  it("an unknown bulk action is refused with a message, not cast", async () => {
    const state = await bulkTriageAction(idle, form({ handling: "slett-alt", inputIds: "x" }));
    expect(state).toMatchObject({ status: "error", message: "Velg en handling for de valgte innspillene." });
  });

  it("the calendar form's second button turns the feed off; the reply replaces the command's result", async () => {
    const politician = await createUser("POLITICIAN");
    session.user = { id: politician.id, role: "POLITICIAN", mustChangePassword: false };
    const on = await calendarSubscriptionAction(idle, form({}));
    expect(on.status === "success" && on.data.url).toMatch(/^https:\/\/medvirk\.test\/kalender\/[\w-]+/);
    const off = await calendarSubscriptionAction(idle, form({ intent: "off" }));
    expect(off).toMatchObject({ status: "success", data: { url: null, turnedOff: true } });
    expect(calls.revalidated).toEqual([["/politiker"], ["/politiker"]]);
  });
});

describe("returnPath: the one check of a posted return path", () => {
  it("keeps a local path and refuses another host", async () => {
    expect(await redirectOf(setLocaleAction(form({ locale: "en", returnTo: "/prosesser?a=1" })))).toBe("/prosesser?a=1");
    expect(await redirectOf(setLocaleAction(form({ locale: "xx", returnTo: "/\\evil.example" })))).toBe("/");
    expect(calls.cookies.map((c) => c.slice(0, 2))).toEqual([
      ["medvirk-locale", "en"],
      ["medvirk-locale", "nb"],
    ]);
  });
});
