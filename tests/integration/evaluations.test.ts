// Method evaluations through the gate: what is stored, what is refused (with the message a
// politician reads, and nothing stored), closing by the administration, and the reminders.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { activityEvaluations } from "@/features/evaluations/admin-queries";
import { evaluationPage, pendingEvaluations } from "@/features/evaluations/queries";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeEndedActivity, validEvaluation } from "../support/fixtures/evaluations";
import { makeOpenActivity } from "../support/fixtures/signups";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const politician = async () => (await createUser("POLITICIAN")).id;
const submit = (userId: string, input: Record<string, unknown>) => runAction(COMMANDS.submitEvaluation!, { userId, input });
const setClosed = (processId: string, activityId: string, closed: boolean) =>
  runAction(COMMANDS.setEvaluationClosed!, { userId: admin, input: { processId, activityId, closed: String(closed) } });
const stored = (activityId: string, userId: string) =>
  db.methodEvaluation.findUnique({
    where: { activityId_userId: { activityId, userId } },
    select: {
      preparationHours: true,
      executionHours: true,
      costNok: true,
      participants: true,
      wouldUseAgain: true,
      workedWell: true,
      reachedGroups: { select: { targetGroupId: true } },
    },
  });
const nothingStored = async (activityId: string) => {
  expect(await db.methodEvaluation.count({ where: { activityId } })).toBe(0);
  expect(await db.evaluationTargetGroup.count({ where: { evaluation: { activityId } } })).toBe(0);
  expect(await db.auditLog.count({ where: { entityType: "method_evaluation", details: { path: ["activityId"], equals: activityId } } })).toBe(0);
};

/** A second target group in the activity's process, so replacing can be seen. */
async function addGroup(processId: string, name: string) {
  return (await db.targetGroup.create({ data: { processId, name, importance: "VERY_IMPORTANT", difficulty: "HARD" }, select: { id: true } })).id;
}

describe("a politician evaluates an activity they took part in", () => {
  it("stores the numbers as typed (decimal comma, spaces in thousands) with the reached target groups", async () => {
    const me = await politician();
    const a = await makeEndedActivity({ userId: me });
    const state = await submit(me, validEvaluation(a.id, a.targetGroupIds));
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success", data: { created: true, reachedGroups: 1 } });
    const row = await stored(a.id, me);
    expect(row).toMatchObject({ costNok: 12_500, participants: 40, wouldUseAgain: 4, workedWell: "Mange kom, og samtalene ble konkrete." });
    expect(row!.preparationHours.toNumber()).toBe(2.5);
    expect(row!.executionHours.toNumber()).toBe(3);
    expect(row!.reachedGroups.map((g) => g.targetGroupId)).toEqual(a.targetGroupIds);
    expect(await db.auditLog.count({ where: { actorId: me, action: "evaluation.submit", entityType: "method_evaluation" } })).toBe(1);
  });

  it("updates the same evaluation on a second save and replaces the reached groups", async () => {
    const me = await politician();
    const a = await makeEndedActivity({ userId: me });
    const other = await addGroup(a.processId, "Ungdom");
    await submit(me, validEvaluation(a.id, a.targetGroupIds));
    const state = await submit(me, { ...validEvaluation(a.id, [other]), preparationHours: "1.5", wouldUseAgain: "2" });
    expect(state).toMatchObject({ status: "success", data: { created: false } });
    expect(await db.methodEvaluation.count({ where: { activityId: a.id } })).toBe(1);
    const row = await stored(a.id, me);
    expect(row!.preparationHours.toNumber()).toBe(1.5);
    expect(row!.wouldUseAgain).toBe(2);
    expect(row!.reachedGroups.map((g) => g.targetGroupId)).toEqual([other]);
    // No groups at all is an answer too: the old ones are removed.
    await submit(me, validEvaluation(a.id, []));
    expect((await stored(a.id, me))!.reachedGroups).toEqual([]);
  });
});

describe("refused on the server with a clear message, nothing stored", () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    ["hours above 200", { preparationHours: "250" }, "preparationHours", /mellom 0 og 200/],
    ["negative hours", { executionHours: "-1" }, "executionHours", /mellom 0 og 200/],
    ["hours not in half hours", { executionHours: "2,3" }, "executionHours", /halve timer/],
    ["hours that are not a number", { preparationHours: "to" }, "preparationHours", /som et tall/],
    ["negative participants", { participants: "-1" }, "participants", /mellom 0 og 100 000/],
    ["absurd participants", { participants: "2000000" }, "participants", /mellom 0 og 100 000/],
    ["negative cost", { costNok: "-500" }, "costNok", /mellom 0 og 10 000 000/],
    ["cost with decimals", { costNok: "99,50" }, "costNok", /helt antall kroner/],
    ["missing cost", { costNok: "" }, "costNok", /Skriv 0 hvis det ikke kostet noe/],
    ["would use again 6", { wouldUseAgain: "6" }, "wouldUseAgain", /fra 1 til 5/],
    ["would use again not chosen", { wouldUseAgain: undefined }, "wouldUseAgain", /fra 1 til 5/],
    ["a text over 5 000 characters", { workedWell: "x".repeat(5_001) }, "workedWell", /Teksten er 5\s?001 tegn\. Den kan være høyst 5\s?000 tegn\./],
  ];
  for (const [what, change, field, message] of cases) {
    it(`${what}: a message at ${field}`, async () => {
      const me = await politician();
      const a = await makeEndedActivity({ userId: me });
      const state = await submit(me, { ...validEvaluation(a.id, a.targetGroupIds), ...change });
      expect(state.status).toBe("error");
      if (state.status !== "error") return;
      expect(state.fieldErrors[field]).toMatch(message);
      await nothingStored(a.id);
    });
  }

  const rules: [string, (me: string) => Promise<{ id: string; targetGroupIds: string[] }>, RegExp][] = [
    ["not signed up", () => makeEndedActivity(), /bare evaluere aktiviteter du var påmeldt/],
    ["only on the waitlist", (me) => makeEndedActivity({ userId: me, signup: "WAITLISTED" }), /bare evaluere aktiviteter du var påmeldt/],
    ["withdrawn", (me) => makeEndedActivity({ userId: me, signup: "WITHDRAWN" }), /bare evaluere aktiviteter du var påmeldt/],
    [
      "the activity has not ended",
      async (me) => {
        const a = await makeOpenActivity({ daysAhead: 2 });
        await db.signup.create({ data: { activityId: a.id, userId: me, status: "CONFIRMED" } });
        return { id: a.id, targetGroupIds: [] };
      },
      /ikke over ennå/,
    ],
    ["the activity was cancelled", (me) => makeEndedActivity({ userId: me, status: "CANCELLED" }), /avlyst/],
  ];
  for (const [what, make, message] of rules) {
    it(`${what}`, async () => {
      const me = await politician();
      const a = await make(me);
      const state = await submit(me, validEvaluation(a.id, a.targetGroupIds));
      expect(state).toMatchObject({ status: "error", message: expect.stringMatching(message) });
      await nothingStored(a.id);
    });
  }

  it("a target group of another process (at the field)", async () => {
    const me = await politician();
    const a = await makeEndedActivity({ userId: me });
    const elsewhere = await makeEndedActivity();
    const state = await submit(me, validEvaluation(a.id, [...a.targetGroupIds, ...elsewhere.targetGroupIds]));
    expect(state).toMatchObject({ status: "error", fieldErrors: { targetGroupIds: expect.stringMatching(/hører ikke til denne prosessen/) } });
    await nothingStored(a.id);
  });

  it("an update that fails keeps the evaluation as it was", async () => {
    const me = await politician();
    const a = await makeEndedActivity({ userId: me });
    await submit(me, validEvaluation(a.id, a.targetGroupIds));
    const elsewhere = await makeEndedActivity();
    const state = await submit(me, { ...validEvaluation(a.id, elsewhere.targetGroupIds), participants: "7" });
    expect(state.status).toBe("error");
    const row = await stored(a.id, me);
    expect(row!.participants).toBe(40);
    expect(row!.reachedGroups.map((g) => g.targetGroupId)).toEqual(a.targetGroupIds);
  });
});

describe("the administration closes evaluation", () => {
  it("refuses new and changed evaluations while closed, and accepts them again when reopened", async () => {
    const [me, late] = [await politician(), await politician()];
    const a = await makeEndedActivity({ userId: me });
    await db.signup.create({ data: { activityId: a.id, userId: late, status: "CONFIRMED" } });
    await submit(me, validEvaluation(a.id, a.targetGroupIds));

    expect(await setClosed(a.processId, a.id, true)).toMatchObject({ status: "success", data: { closed: true, changed: true } });
    const closedAt = (await db.activity.findUniqueOrThrow({ where: { id: a.id }, select: { evaluationClosedAt: true } })).evaluationClosedAt;
    expect(closedAt).not.toBeNull();
    expect(await db.auditLog.count({ where: { actorId: admin, action: "activity.manage", entityType: "activity", entityId: a.id } })).toBe(1);

    expect(await submit(me, { ...validEvaluation(a.id), participants: "99" })).toMatchObject({
      status: "error",
      message: expect.stringMatching(/stengt evalueringen/),
    });
    expect((await stored(a.id, me))!.participants).toBe(40);
    expect(await submit(late, validEvaluation(a.id))).toMatchObject({ status: "error", message: expect.stringMatching(/stengt evalueringen/) });
    expect(await stored(a.id, late)).toBeNull();
    expect(await pendingEvaluations(late)).toEqual([]);
    expect((await evaluationPage(a.id, me))!.block).toBe("closed");

    // Closing twice keeps the first time.
    expect(await setClosed(a.processId, a.id, true)).toMatchObject({ status: "success", data: { changed: false } });
    expect((await db.activity.findUniqueOrThrow({ where: { id: a.id } })).evaluationClosedAt).toEqual(closedAt);

    expect(await setClosed(a.processId, a.id, false)).toMatchObject({ status: "success", data: { closed: false } });
    expect(await submit(late, validEvaluation(a.id))).toMatchObject({ status: "success" });
  });

  it("cannot close an activity of another process", async () => {
    const a = await makeEndedActivity();
    const other = await makeEndedActivity();
    expect(await setClosed(other.processId, a.id, true)).toMatchObject({ status: "error" });
    expect((await db.activity.findUniqueOrThrow({ where: { id: a.id } })).evaluationClosedAt).toBeNull();
  });

  it("politicians cannot close evaluation", async () => {
    const me = await politician();
    const a = await makeEndedActivity({ userId: me });
    const state = await runAction(COMMANDS.setEvaluationClosed!, { userId: me, input: { processId: a.processId, activityId: a.id, closed: "true" } });
    expect(state).toMatchObject({ status: "error", message: "Du har ikke tilgang til å gjøre dette." });
  });
});

describe("reminders and the administration's overview", () => {
  it("lists finished, evaluable activities without the politician's evaluation, and drops them once evaluated", async () => {
    const me = await politician();
    const done = await makeEndedActivity({ userId: me });
    const waitlisted = await makeEndedActivity({ userId: me, signup: "WAITLISTED" });
    const cancelled = await makeEndedActivity({ userId: me, status: "CANCELLED" });
    const upcoming = await makeOpenActivity({ daysAhead: 2 });
    await db.signup.create({ data: { activityId: upcoming.id, userId: me, status: "CONFIRMED" } });
    // Someone else's evaluation does not count as mine.
    const other = await politician();
    await db.signup.create({ data: { activityId: done.id, userId: other, status: "CONFIRMED" } });
    await submit(other, validEvaluation(done.id));

    const ids = (await pendingEvaluations(me)).map((a) => a.id);
    expect(ids).toContain(done.id);
    expect(ids).not.toContain(waitlisted.id);
    expect(ids).not.toContain(cancelled.id);
    expect(ids).not.toContain(upcoming.id);

    await submit(me, validEvaluation(done.id));
    expect((await pendingEvaluations(me)).map((a) => a.id)).not.toContain(done.id);
  });

  it("adds up politician-hours but counts participants and cost once: the median of the estimates, or the agreed figure", async () => {
    // Four politicians at one Nærmiljøkonferanse, each estimating the same event (issue #16 item 3).
    const a = await makeEndedActivity();
    const ps = [await politician(), await politician(), await politician(), await politician()];
    for (const p of ps) await db.signup.create({ data: { activityId: a.id, userId: p, status: "CONFIRMED" } });
    const answers = [
      { preparationHours: "2", executionHours: "3", participants: "58", costNok: "18 500", wouldUseAgain: "5" },
      { preparationHours: "1,5", executionHours: "3", participants: "60", costNok: "18 500", wouldUseAgain: "4" },
      { preparationHours: "0", executionHours: "3", participants: "64", costNok: "20 000", wouldUseAgain: "4" },
      { preparationHours: "4", executionHours: "3", participants: "62", costNok: "0", wouldUseAgain: "2" },
    ];
    for (const [i, p] of ps.entries()) expect((await submit(p, { ...validEvaluation(a.id), ...answers[i] })).status).toBe("success");
    const view = await activityEvaluations(a.processId, a.id);
    expect(view!.activity.confirmed).toBe(4);
    expect(view!.evaluations).toHaveLength(4);
    // Hours: 2 + 1.5 + 0 + 4 = 7.5 preparation, 4 × 3 = 12 execution; they add up per politician.
    // Participants: median of 58, 60, 62, 64 = 61 (never the sum 244); cost: median of 0, 18 500, 18 500, 20 000 = 18 500 (never 57 000).
    expect(view!.totals).toMatchObject({
      count: 4,
      preparationHours: { sum: 7.5 },
      executionHours: { sum: 12, avg: 3 },
      politicianHours: 19.5,
      wouldUseAgain: 3.75,
      participants: { value: 61, source: "MEDIAN", estimates: 4, min: 58, max: 64 },
      costNok: { value: 18_500, source: "MEDIAN", estimates: 4, min: 0, max: 20_000 },
    });
    expect(view!.totals.preparationHours.avg).toBeCloseTo(1.875);

    // The administration agrees on 60 participants (through the gate, audited); cost stays the median.
    const admin = (await createUser("ADMIN")).id;
    const set = (input: Record<string, unknown>, userId = admin) =>
      runAction(COMMANDS.setAgreedFigures!, { userId, input: { processId: a.processId, activityId: a.id, ...input } });
    expect((await set({ agreedParticipants: "60", agreedCostNok: "" })).status).toBe("success");
    let totals = (await activityEvaluations(a.processId, a.id))!.totals;
    expect(totals.participants).toMatchObject({ value: 60, source: "AGREED" });
    expect(totals.costNok).toMatchObject({ value: 18_500, source: "MEDIAN" });
    expect(await db.auditLog.count({ where: { entityId: a.id, action: "activity.manage", actorId: admin } })).toBe(1);
    // A politician cannot set them; a typing mistake is refused with a message at the field.
    expect((await set({ agreedParticipants: "1" }, ps[0]!)).status).toBe("error");
    expect(await set({ agreedParticipants: "mange" })).toMatchObject({ status: "error", fieldErrors: { agreedParticipants: expect.any(String) } });
    // Emptying the field goes back to the median.
    expect((await set({ agreedParticipants: "", agreedCostNok: "19 000" })).status).toBe("success");
    totals = (await activityEvaluations(a.processId, a.id))!.totals;
    expect(totals.participants).toMatchObject({ value: 61, source: "MEDIAN" });
    expect(totals.costNok).toMatchObject({ value: 19_000, source: "AGREED" });
  });

  it("says nothing about participants or cost when nobody has evaluated and nothing is agreed", async () => {
    const a = await makeEndedActivity();
    const view = await activityEvaluations(a.processId, a.id);
    expect(view!.totals).toMatchObject({
      count: 0,
      politicianHours: 0,
      wouldUseAgain: null,
      participants: { value: null, source: null },
      costNok: { value: null, source: null },
    });
  });
});
