// Calendar files for politicians: the subscription feed behind a secret token, read back by an
// independent parser (node-ical); changes and cancellations flowing through it; and the
// token's life (renew, turn off, deactivated account).
import { randomBytes } from "node:crypto";
import ical from "node-ical";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as feedRoute } from "@/app/kalender/[token]/route";
import { activityFileName } from "@/features/calendar/activity-event";
import { activityForDownload } from "@/features/calendar/queries";
import { hashCalendarToken } from "@/features/calendar/token";
import { COMMANDS } from "@/features/commands";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { toOsloDateTimeInput } from "@/lib/form-values";
import { createUser } from "../support/factories";
import { makeProcess } from "../support/fixtures/processes";

// The feed is a public route: no session, only Next's request cookies, which exist only inside a request.
vi.mock("@/lib/session", () => ({ getSessionUser: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const DAY = 86_400_000;
const HOUR = 3_600_000;
const unique = () => randomBytes(4).toString("hex");

let admin = "";
let process: { id: string };
let methodId = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
  process = await makeProcess({ status: "PUBLISHED" });
  methodId = (
    await db.method.create({
      data: { slug: `dialogmote-${unique()}`, name: "Dialogmøte, med kaffe", timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "MEDIUM", channel: "PHYSICAL" },
      select: { id: true },
    })
  ).id;
});

/** An activity `days` from now (negative: in the past), starting at a whole hour. */
async function activity(days: number, data: { title?: string; place?: string; isOnline?: boolean; processId?: string; capacity?: number } = {}) {
  const start = new Date(Math.floor((Date.now() + days * DAY) / HOUR) * HOUR);
  return db.activity.create({
    data: {
      processId: data.processId ?? process.id,
      methodId,
      title: data.title ?? `Aktivitet ${unique()}`,
      startsAt: start,
      endsAt: new Date(start.getTime() + 2 * HOUR),
      place: data.place ?? "Drammensbiblioteket",
      isOnline: data.isOnline ?? false,
      politicianCapacity: data.capacity ?? 4,
      status: "OPEN",
    },
    select: { id: true, title: true, startsAt: true, endsAt: true, place: true, processId: true },
  });
}
const signup = (activityId: string, userId: string, status: "CONFIRMED" | "WAITLISTED" | "WITHDRAWN") =>
  db.signup.create({ data: { activityId, userId, status } });

const renew = async (userId: string) => {
  const state = await runAction(COMMANDS.renewCalendar!, { userId, input: {} });
  if (state.status !== "success") throw new Error(JSON.stringify(state));
  return state.data.token as string;
};
const fetchFeed = (token: string) =>
  feedRoute(new Request(`http://localhost:3000/kalender/${token}.ics`), { params: Promise.resolve({ token: `${token}.ics` }) });
async function events(token: string) {
  const res = await fetchFeed(token);
  expect(res.status).toBe(200);
  const parsed = ical.sync.parseICS(await res.text());
  return Object.values(parsed).filter((c): c is ical.VEvent => c?.type === "VEVENT");
}
const byUid = (list: ical.VEvent[], id: string) => list.find((e) => e.uid === `activity-${id}@medvirk`);

describe("the subscription feed", () => {
  it("lists confirmed, waitlisted and withdrawn activities with the right times, texts and statuses", async () => {
    const me = (await createUser("POLITICIAN")).id;
    const other = (await createUser("POLITICIAN")).id;
    const confirmed = await activity(10, { title: "Dialogmøte på Åssiden, med eldrerådet; kaffe og «prat»", place: "Åssiden kirke, menighetssalen" });
    const waitlisted = await activity(20, { title: "Innbyggerpanel om å bli eldre", place: "", isOnline: true });
    const withdrawn = await activity(5, { title: "Gjestebud i Mjøndalen" });
    const recent = await activity(-30, { title: "Benkeprat på Bragernes" });
    const old = await activity(-120, { title: "For lenge siden" });
    const draft = await activity(10, { title: "Utkast", processId: (await makeProcess({ status: "DRAFT" })).id });
    const notMine = await activity(10, { title: "Ikke min" });
    await signup(confirmed.id, me, "CONFIRMED");
    await signup(waitlisted.id, me, "WAITLISTED");
    await signup(withdrawn.id, me, "WITHDRAWN");
    await signup(recent.id, me, "CONFIRMED");
    await signup(old.id, me, "CONFIRMED");
    await signup(draft.id, me, "CONFIRMED");
    await signup(notMine.id, other, "CONFIRMED");

    const token = await renew(me);
    const res = await fetchFeed(token);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("cache-control")).toContain("no-store");
    const text = await res.text();
    expect(text).toContain("X-WR-TIMEZONE:Europe/Oslo");
    expect(text).toContain("METHOD:PUBLISH");

    const list = Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === "VEVENT");
    expect(list.map((e) => e.uid).sort()).toEqual([confirmed, waitlisted, withdrawn, recent].map((a) => `activity-${a.id}@medvirk`).sort());

    const c = byUid(list, confirmed.id)!;
    expect(c.summary).toBe("Dialogmøte på Åssiden, med eldrerådet; kaffe og «prat»");
    expect(c.location).toBe("Åssiden kirke, menighetssalen");
    expect(c.start.toISOString()).toBe(confirmed.startsAt.toISOString());
    expect(c.end?.toISOString()).toBe(confirmed.endsAt.toISOString());
    expect(c.status).toBe("CONFIRMED");
    expect(c.description).toContain("Metode: Dialogmøte, med kaffe");
    expect(String(c.url)).toBe(`http://localhost:3000/politiker#aktivitet-${confirmed.id}`);

    const w = byUid(list, waitlisted.id)!;
    expect(w.summary).toBe("Innbyggerpanel om å bli eldre (venteliste)");
    expect(w.status).toBe("TENTATIVE");
    expect(w.location).toBe("Digitalt");

    const gone = byUid(list, withdrawn.id)!;
    expect(gone.status).toBe("CANCELLED");
    expect(byUid(list, recent.id)!.status).toBe("CONFIRMED");
  });

  it("carries the administration's changes: a new time bumps SEQUENCE, a cancellation marks it CANCELLED with the reason", async () => {
    const me = (await createUser("POLITICIAN")).id;
    const a = await activity(14, { title: "Nærmiljøkonferanse på Fjell" });
    await signup(a.id, me, "CONFIRMED");
    const token = await renew(me);
    const before = byUid(await events(token), a.id)!;

    const newStart = new Date(a.startsAt.getTime() + 2 * DAY + HOUR);
    const saved = await runAction(COMMANDS.saveActivity!, {
      userId: admin,
      input: {
        processId: a.processId,
        activityId: a.id,
        methodId,
        phaseId: "",
        title: a.title,
        description: "",
        startsAt: toOsloDateTimeInput(newStart),
        endsAt: toOsloDateTimeInput(new Date(newStart.getTime() + 2 * HOUR)),
        place: a.place,
        districtId: "",
        politicianCapacity: "4",
        isPublic: "public",
        status: "OPEN",
      },
    });
    expect(saved.status, JSON.stringify(saved)).toBe("success");
    const moved = byUid(await events(token), a.id)!;
    expect(Number(moved.sequence)).toBeGreaterThan(Number(before.sequence));
    expect(moved.start.toISOString()).toBe(newStart.toISOString());
    expect(moved.start.toISOString()).not.toBe(before.start.toISOString());

    const cancelled = await runAction(COMMANDS.cancelActivity!, {
      userId: admin,
      input: { processId: a.processId, activityId: a.id, reason: "For få påmeldte, ny dato kommer." },
    });
    expect(cancelled).toMatchObject({ status: "success", data: { notified: 1 } });
    const after = byUid(await events(token), a.id)!;
    expect(after.status).toBe("CANCELLED");
    expect(Number(after.sequence)).toBeGreaterThan(Number(moved.sequence));
    expect(after.summary).toBe("Avlyst: Nærmiljøkonferanse på Fjell");
    expect(after.description).toContain("AVLYST: For få påmeldte, ny dato kommer.");
  });
});

describe("cancelling an activity", () => {
  it("keeps sign-ups and the waitlist, audits the reason, and cannot be done twice", async () => {
    const a = await activity(7, { capacity: 1 });
    const [p1, p2] = [(await createUser("POLITICIAN")).id, (await createUser("POLITICIAN")).id];
    await signup(a.id, p1, "CONFIRMED");
    await signup(a.id, p2, "WAITLISTED");
    const input = { processId: a.processId, activityId: a.id, reason: "Lokalet er ikke tilgjengelig." };
    expect((await runAction(COMMANDS.cancelActivity!, { userId: admin, input })).status).toBe("success");
    const row = await db.activity.findUniqueOrThrow({ where: { id: a.id }, select: { status: true, cancelReason: true, sequence: true } });
    expect(row).toMatchObject({ status: "CANCELLED", cancelReason: "Lokalet er ikke tilgjengelig.", sequence: 1 });
    const statuses = await db.signup.findMany({ where: { activityId: a.id }, orderBy: { status: "asc" }, select: { status: true } });
    expect(statuses.map((s) => s.status)).toEqual(["CONFIRMED", "WAITLISTED"]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: a.id, action: "activity.manage" }, select: { details: true, processId: true } });
    expect(audit).toMatchObject({ processId: a.processId, details: { cancelled: true, reason: "Lokalet er ikke tilgjengelig." } });

    expect(await runAction(COMMANDS.cancelActivity!, { userId: admin, input })).toMatchObject({ status: "error", message: "Aktiviteten er allerede avlyst." });
    // Nobody can sign up to it any more.
    expect(await runAction(COMMANDS.signUp!, { userId: (await createUser("POLITICIAN")).id, input: { activityId: a.id } })).toMatchObject({ status: "error" });
  });

  it("requires a reason and says so at the field", async () => {
    const a = await activity(7);
    const state = await runAction(COMMANDS.cancelActivity!, { userId: admin, input: { processId: a.processId, activityId: a.id, reason: "   " } });
    expect(state).toMatchObject({ status: "error", fieldErrors: { reason: expect.stringContaining("Skriv hvorfor") } });
    expect((await db.activity.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("OPEN");
  });
});

describe("the subscription token", () => {
  it("is stored only as a SHA-256 hash, never audited, and renewing makes the old URL a 404", async () => {
    const me = (await createUser("POLITICIAN")).id;
    const first = await renew(me);
    expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await db.user.findUniqueOrThrow({ where: { id: me }, select: { calendarToken: true } });
    expect(stored.calendarToken).toBe(hashCalendarToken(first));
    const audit = await db.auditLog.findMany({ where: { actorId: me, action: "calendar.self" }, select: { details: true } });
    expect(JSON.stringify(audit)).not.toContain(first);

    const second = await renew(me);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
  });

  it("stops working when turned off, when the account is deactivated, and for malformed or unknown tokens", async () => {
    const me = (await createUser("POLITICIAN")).id;
    const token = await renew(me);
    expect((await runAction(COMMANDS.turnOffCalendar!, { userId: me, input: {} })).status).toBe("success");
    expect((await fetchFeed(token)).status).toBe(404);

    const again = await renew(me);
    await db.user.update({ where: { id: me }, data: { deactivatedAt: new Date() } });
    expect((await fetchFeed(again)).status).toBe(404);

    expect((await fetchFeed("kort")).status).toBe(404);
    expect((await fetchFeed("A".repeat(43))).status).toBe(404);
  });

  it("is only for politicians: an administrator or group leader cannot make one, and a stray token for them is a 404", async () => {
    for (const role of ["ADMIN", "GROUP_LEADER"] as const) {
      const user = (await createUser(role)).id;
      expect(await runAction(COMMANDS.renewCalendar!, { userId: user, input: {} })).toMatchObject({
        status: "error",
        message: "Du har ikke tilgang til å gjøre dette.",
      });
      const token = randomBytes(32).toString("base64url");
      await db.user.update({ where: { id: user }, data: { calendarToken: hashCalendarToken(token) } });
      expect((await fetchFeed(token)).status).toBe(404);
    }
  });
});

describe("downloading one activity", () => {
  it("finds activities of visible processes with the reader's own status, and names the file by title and Oslo date", async () => {
    const me = (await createUser("POLITICIAN")).id;
    const a = await activity(3, { title: "Dialogmøte med rådene" });
    await signup(a.id, me, "WAITLISTED");
    expect(await activityForDownload(a.id, me)).toMatchObject({ activity: { id: a.id }, reader: "WAITLISTED" });
    const draft = await activity(3, { processId: (await makeProcess({ status: "DRAFT" })).id });
    expect(await activityForDownload(draft.id, me)).toBeNull();
    expect(await activityForDownload("ikke-en-id", me)).toBeNull();
    expect(activityFileName({ title: "Dialogmøte med rådene", startsAt: new Date("2026-12-03T23:30:00Z") })).toBe("dialogmote-med-radene-2026-12-04.ics");
  });
});
