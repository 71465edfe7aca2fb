// What politicians and administrators hear by e-mail (issue #22), through the real commands and
// a real SMTP server: a confirmed place with the event attached, a promotion from the waitlist,
// a moved activity (updated .ics) and a cancellation (METHOD:CANCEL), each once; evaluation
// reminders (one, then one more, never a third); the daily digest once per administrator and day.
import { randomUUID } from "node:crypto";
import ical from "node-ical";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { enqueueAdminDigests, enqueueEvaluationReminders } from "@/features/mail/scheduled";
import { createSmtpTransport } from "@/features/mail/transport";
import { drainOutbox } from "@/features/mail/worker";
import { runAction } from "@/lib/action";
import { db, getDb } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeInput } from "../support/fixtures/inbox";
import { makeOpenActivity } from "../support/fixtures/signups";
import { startTestSmtp, type TestSmtp } from "../support/smtp";

let smtp: TestSmtp;
let admin = "";
beforeAll(async () => {
  smtp = await startTestSmtp();
  admin = (await createUser("ADMIN")).id;
});
afterAll(async () => smtp?.stop());

const as = (userId: string, name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId, input });
const send = () => drainOutbox(getDb(), { transport: createSmtpTransport(smtp.url), from: "medvirk@kommune.test", baseDelayMs: 20 });
const mailsTo = (email: string) => smtp.received.filter((m) => m.to && "text" in m.to && m.to.text === email);
const events = (content: Buffer | string) => Object.values(ical.sync.parseICS(String(content))).filter((c): c is ical.VEvent => c?.type === "VEVENT");

describe("politicians", () => {
  it("a confirmed place, a promotion, a move and a cancellation each arrive once, with the right .ics", async () => {
    const activity = await makeOpenActivity({ capacity: 1 });
    const first = await createUser("POLITICIAN");
    const second = await createUser("POLITICIAN");
    await db.user.update({ where: { id: second.id }, data: { locale: "en" } });

    expect(await as(first.id, "signUp", { activityId: activity.id })).toMatchObject({ status: "success" });
    expect(await as(second.id, "signUp", { activityId: activity.id })).toMatchObject({ status: "success" }); // waitlisted: no mail
    expect(await as(first.id, "withdrawSignup", { activityId: activity.id })).toMatchObject({ status: "success" }); // second promoted
    await send();

    const toFirst = mailsTo(first.email);
    expect(toFirst.map((m) => m.subject)).toEqual([expect.stringMatching(/^Påmeldt: /)]);
    const ics = toFirst[0]!.attachments.find((a) => a.contentType.startsWith("text/calendar"))!;
    expect(ics.filename).toMatch(/\.ics$/);
    expect(String(ics.content)).toContain("METHOD:PUBLISH");
    expect(events(ics.content)).toMatchObject([{ uid: `activity-${activity.id}@medvirk`, location: "Drammensbiblioteket" }]);

    const toSecond = mailsTo(second.email);
    expect(toSecond.map((m) => m.subject)).toEqual([expect.stringMatching(/^You have a place: /)]);
    expect(toSecond[0]!.headers.get("content-language")).toBe("en");
    // Nobody else's name or address in it.
    expect(`${toSecond[0]!.text}${toSecond[0]!.html}`).not.toContain(first.email);

    // Moved: a new time; the updated event has a higher sequence.
    const a = await db.activity.findUniqueOrThrow({
      where: { id: activity.id },
      select: { methodId: true, title: true, startsAt: true, endsAt: true, sequence: true },
    });
    const later = new Date(a.startsAt.getTime() + 86_400_000);
    const save = {
      processId: activity.processId,
      activityId: activity.id,
      methodId: a.methodId,
      phaseId: "",
      title: a.title,
      description: "",
      startsAt: later.toISOString().slice(0, 16),
      endsAt: new Date(later.getTime() + 7_200_000).toISOString().slice(0, 16),
      place: "Rådhuset",
      districtId: "",
      politicianCapacity: "1",
      status: "OPEN",
      cancelReason: "",
      isPublic: "public",
    };
    const saved = await as(admin, "saveActivity", save);
    expect(saved.status, JSON.stringify(saved)).toBe("success");
    await send();
    const moved = mailsTo(second.email).filter((m) => m.subject?.startsWith("Changed: "));
    expect(moved).toHaveLength(1);
    const movedEvent = events(moved[0]!.attachments[0]!.content)[0]!;
    expect(movedEvent.location).toBe("Rådhuset");
    expect(Number(movedEvent.sequence)).toBeGreaterThan(a.sequence);

    expect(await as(admin, "cancelActivity", { processId: activity.processId, activityId: activity.id, reason: "For få påmeldte" })).toMatchObject({
      status: "success",
    });
    await send();
    const cancelled = mailsTo(second.email).filter((m) => m.subject?.startsWith("Cancelled: "));
    expect(cancelled).toHaveLength(1);
    expect(String(cancelled[0]!.attachments[0]!.content)).toContain("METHOD:CANCEL");
    expect(events(cancelled[0]!.attachments[0]!.content)[0]).toMatchObject({ status: "CANCELLED", uid: `activity-${activity.id}@medvirk` });
    expect(cancelled[0]!.text).toContain("For få påmeldte");
    // The withdrawn first politician heard nothing after withdrawing.
    expect(mailsTo(first.email)).toHaveLength(1);
  });

  it("reminds of an evaluation once, then once more a week later, never a third time, and not after evaluating", async () => {
    const activity = await makeOpenActivity({ capacity: 2 });
    const p = await createUser("POLITICIAN");
    const done = await createUser("POLITICIAN");
    for (const u of [p, done]) await db.signup.create({ data: { activityId: activity.id, userId: u.id, status: "CONFIRMED" } });
    const endsAt = new Date(Date.now() - 5 * 3_600_000);
    await db.activity.update({ where: { id: activity.id }, data: { startsAt: new Date(endsAt.getTime() - 7_200_000), endsAt } });
    const reminders = (email: string) => db.outboxMessage.findMany({ where: { recipient: email, kind: "EVALUATION_REMINDER" }, select: { dedupeKey: true } });

    await enqueueEvaluationReminders(getDb());
    await enqueueEvaluationReminders(getDb());
    expect(await reminders(p.email)).toEqual([{ dedupeKey: `evaluation:1:${activity.id}:${p.id}` }]);
    // Evaluated in between: no second reminder for them.
    await db.outboxMessage.updateMany({
      where: { dedupeKey: { startsWith: `evaluation:1:${activity.id}` } },
      data: { createdAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    await db.methodEvaluation.create({
      data: { activityId: activity.id, userId: done.id, preparationHours: 1, executionHours: 2, costNok: 0, participants: 10, wouldUseAgain: 4 },
    });
    await enqueueEvaluationReminders(getDb());
    await enqueueEvaluationReminders(getDb());
    expect((await reminders(p.email)).map((r) => r.dedupeKey)).toEqual([`evaluation:1:${activity.id}:${p.id}`, `evaluation:2:${activity.id}:${p.id}`]);
    expect(await reminders(done.email)).toHaveLength(1);
    await db.outboxMessage.updateMany({
      where: { dedupeKey: { startsWith: `evaluation:2:${activity.id}` } },
      data: { createdAt: new Date(Date.now() - 8 * 86_400_000) },
    });
    await enqueueEvaluationReminders(getDb());
    expect(await reminders(p.email)).toHaveLength(2);
  });
});

describe("the administrators' daily digest", () => {
  it("goes once a day to each administrator, with counts per process and no citizen's words", async () => {
    const activity = await makeOpenActivity();
    const secret = `Hemmelig tekst ${randomUUID()}`;
    await makeInput({ processId: activity.processId, text: secret, submittedAt: new Date(), heldForReview: true });
    const morning = new Date("2026-12-07T08:30:00Z"); // 09:30 in Oslo
    const early = new Date("2026-12-07T04:00:00Z"); // 05:00 in Oslo: too early
    await makeInput({ processId: activity.processId, text: "x", submittedAt: new Date("2026-12-07T08:00:00Z") });
    expect(await enqueueAdminDigests(getDb(), early)).toBe(0);
    const first = await enqueueAdminDigests(getDb(), morning);
    expect(first).toBeGreaterThan(0);
    expect(await enqueueAdminDigests(getDb(), morning)).toBe(0);
    const adminEmail = (await db.user.findUniqueOrThrow({ where: { id: admin }, select: { email: true } })).email;
    const digest = await db.outboxMessage.findFirstOrThrow({
      where: { recipient: adminEmail, kind: "ADMIN_DIGEST" },
      select: { textBody: true, htmlBody: true },
    });
    const title = (await db.process.findUniqueOrThrow({ where: { id: activity.processId }, select: { title: true } })).title;
    expect(digest.textBody).toContain(title);
    expect(digest.textBody).toMatch(/Nye innspill: [1-9]/);
    expect(digest.textBody).not.toContain(secret);
    expect(digest.htmlBody).toContain('lang="nb"');
  });
});
