// Sign-ups through the gate: the race for the last place, the waitlist order, and the rules.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeOpenActivity } from "../support/fixtures/signups";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const politician = async () => (await createUser("POLITICIAN")).id;
const signUp = (userId: string, activityId: string, extra: Record<string, unknown> = {}) =>
  runAction(COMMANDS.signUp!, { userId, input: { activityId, ...extra } });
const withdraw = (userId: string, activityId: string) => runAction(COMMANDS.withdrawSignup!, { userId, input: { activityId } });
const statusOf = async (activityId: string, userId: string) =>
  (await db.signup.findUnique({ where: { activityId_userId: { activityId, userId } }, select: { status: true } }))?.status;

describe("two politicians taking the last place at the same moment", () => {
  it("gives it to exactly one; the other is waitlisted (10 races on fresh activities)", async () => {
    for (let round = 0; round < 10; round++) {
      const a = await makeOpenActivity({ capacity: 2 });
      expect((await signUp(await politician(), a.id)).status).toBe("success");
      const [x, y] = [await politician(), await politician()];
      const results = await Promise.all([signUp(x, a.id), signUp(y, a.id)]);
      expect(results.map((r) => r.status)).toEqual(["success", "success"]);
      const rows = await db.signup.groupBy({ by: ["status"], where: { activityId: a.id, userId: { in: [x, y] } }, _count: { _all: true } });
      expect(Object.fromEntries(rows.map((r) => [r.status, r._count._all]))).toEqual({ CONFIRMED: 1, WAITLISTED: 1 });
      expect(await db.signup.count({ where: { activityId: a.id, status: "CONFIRMED" } })).toBe(2);
    }
  });
});

describe("the waitlist", () => {
  it("promotes the earliest queued when a confirmed politician withdraws, and the others move up", async () => {
    const a = await makeOpenActivity({ capacity: 1 });
    const first = await politician();
    await signUp(first, a.id);
    const queue: string[] = [];
    for (let i = 0; i < 3; i++) {
      const id = await politician();
      const state = await signUp(id, a.id);
      expect(state).toMatchObject({ status: "success", data: { status: "WAITLISTED" } });
      queue.push(id);
    }
    // Withdrawing from the waitlist promotes nobody.
    expect((await withdraw(queue[2]!, a.id)).status).toBe("success");
    expect(await statusOf(a.id, queue[0]!)).toBe("WAITLISTED");

    const state = await withdraw(first, a.id);
    expect(state).toMatchObject({ status: "success", data: { promoted: [queue[0]] } });
    const promoted = await db.signup.findUniqueOrThrow({ where: { activityId_userId: { activityId: a.id, userId: queue[0]! } } });
    expect(promoted.status).toBe("CONFIRMED");
    expect(promoted.promotedAt).not.toBeNull();
    const waiting = await db.signup.findMany({ where: { activityId: a.id, status: "WAITLISTED" }, orderBy: { queuedAt: "asc" }, select: { userId: true } });
    expect(waiting.map((w) => w.userId)).toEqual([queue[1]]);
    expect(await statusOf(a.id, first)).toBe("WITHDRAWN");
  });

  it("re-queues a withdrawn politician at the end when they sign up again", async () => {
    const a = await makeOpenActivity({ capacity: 1 });
    const [p1, p2, p3] = [await politician(), await politician(), await politician()];
    for (const p of [p1, p2, p3]) await signUp(p, a.id);
    await withdraw(p2, a.id);
    expect(await signUp(p2, a.id)).toMatchObject({ status: "success", data: { status: "WAITLISTED" } });
    await withdraw(p1, a.id);
    expect(await statusOf(a.id, p3)).toBe("CONFIRMED");
    expect(await statusOf(a.id, p2)).toBe("WAITLISTED");
  });

  it("promotes in queue order when the administration adds places", async () => {
    const a = await makeOpenActivity({ capacity: 1 });
    const users = [await politician(), await politician(), await politician(), await politician()];
    for (const u of users) await signUp(u, a.id);
    const activity = await db.activity.findUniqueOrThrow({ where: { id: a.id }, include: { process: { select: { phases: { select: { id: true } } } } } });
    const state = await runAction(COMMANDS.saveActivity!, {
      userId: admin,
      input: {
        processId: a.processId,
        activityId: a.id,
        methodId: activity.methodId,
        phaseId: "",
        title: activity.title,
        description: "",
        startsAt: "2099-03-10T18:00",
        endsAt: "2099-03-10T20:00",
        place: activity.place,
        districtId: "",
        politicianCapacity: "3",
        isPublic: "public",
        status: "OPEN",
      },
    });
    expect(state.status).toBe("success");
    expect(await Promise.all(users.map((u) => statusOf(a.id, u)))).toEqual(["CONFIRMED", "CONFIRMED", "CONFIRMED", "WAITLISTED"]);
  });
});

describe("the rules", () => {
  it("refuses signing up after the activity started, with a clear message", async () => {
    const a = await makeOpenActivity({ daysAhead: -0.01 });
    expect(await signUp(await politician(), a.id)).toMatchObject({ status: "error", message: "Aktiviteten har allerede startet. Påmeldingen er stengt." });
  });

  it("refuses signing up twice, and writes nothing the second time", async () => {
    const a = await makeOpenActivity();
    const p = await politician();
    expect((await signUp(p, a.id)).status).toBe("success");
    expect(await signUp(p, a.id)).toMatchObject({ status: "error", message: "Du er allerede påmeldt denne aktiviteten." });
    expect(await db.auditLog.count({ where: { actorId: p, action: "signup.self" } })).toBe(1);
  });

  it("refuses cancelled and done activities, unpublished processes and activities without places", async () => {
    const p = await politician();
    for (const [opts, message] of [
      [{ status: "CANCELLED" as const }, /avlyst/],
      [{ status: "DONE" as const }, /startet/],
      [{ capacity: 0 }, /ingen plasser/],
    ] as const) {
      expect(await signUp(p, (await makeOpenActivity(opts)).id)).toMatchObject({ status: "error", message: expect.stringMatching(message) });
    }
    const draft = await makeOpenActivity();
    await db.process.update({ where: { id: draft.processId }, data: { status: "DRAFT" } });
    expect(await signUp(p, draft.id)).toMatchObject({ status: "error", message: expect.stringContaining("publiserte") });
  });

  it("signs up the actor only: a user id in the input is ignored", async () => {
    const a = await makeOpenActivity();
    const [me, other] = [await politician(), await politician()];
    expect((await signUp(me, a.id, { userId: other })).status).toBe("success");
    expect(await statusOf(a.id, me)).toBe("CONFIRMED");
    expect(await statusOf(a.id, other)).toBeUndefined();
  });

  it("writes the audit entry with the process", async () => {
    const a = await makeOpenActivity();
    const p = await politician();
    await signUp(p, a.id);
    expect(await db.auditLog.findFirst({ where: { actorId: p }, select: { entityType: true, processId: true } })).toEqual({
      entityType: "signup",
      processId: a.processId,
    });
  });
});

describe("the administration's commands", () => {
  it("adds to the waitlist when full and promotes when it removes someone", async () => {
    const a = await makeOpenActivity({ capacity: 1 });
    const [p1, p2] = [await politician(), await politician()];
    const manage = (name: "addSignup" | "removeSignup", userId: string) =>
      runAction(COMMANDS[name]!, { userId: admin, input: { processId: a.processId, activityId: a.id, userId } });
    expect(await manage("addSignup", p1)).toMatchObject({ status: "success", data: { status: "CONFIRMED" } });
    expect(await manage("addSignup", p2)).toMatchObject({ status: "success", data: { status: "WAITLISTED" } });
    expect(await manage("addSignup", p2)).toMatchObject({ status: "error", message: expect.stringContaining("Politikeren er allerede på ventelisten") });
    expect(await manage("removeSignup", p1)).toMatchObject({ status: "success", data: { promoted: [p2] } });
    expect(await statusOf(a.id, p2)).toBe("CONFIRMED");
  });

  it("refuses group leaders and politicians, and changes nothing", async () => {
    const a = await makeOpenActivity();
    const target = await politician();
    for (const role of ["GROUP_LEADER", "POLITICIAN"] as const) {
      const actor = (await createUser(role)).id;
      for (const name of ["addSignup", "removeSignup"] as const) {
        const state = await runAction(COMMANDS[name]!, { userId: actor, input: { processId: a.processId, activityId: a.id, userId: target } });
        expect(state).toMatchObject({ status: "error", message: "Du har ikke tilgang til å gjøre dette." });
      }
    }
    const gl = (await createUser("GROUP_LEADER")).id;
    expect(await signUp(gl, a.id)).toMatchObject({ status: "error", message: "Du har ikke tilgang til å gjøre dette." });
    expect(await db.signup.count({ where: { activityId: a.id } })).toBe(0);
  });
});
