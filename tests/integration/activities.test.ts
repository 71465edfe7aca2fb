// Activities through the gate: an activity is one method in one phase of one process.
import { beforeAll, describe, expect, it } from "vitest";
import { listProcessActivities } from "@/features/activities/queries";
import { COMMANDS } from "@/features/commands";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { COMMAND_FIXTURES } from "../support/command-fixtures";
import { createUser } from "../support/factories";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const save = (input: Record<string, unknown>) => runAction(COMMANDS.saveActivity!, { userId: admin, input });
const validInput = () => COMMAND_FIXTURES.saveActivity!({ adminId: admin, actorId: admin });

describe("saving an activity", () => {
  it("stores Oslo wall-clock times as the right instants (summer and winter time)", async () => {
    const input = await validInput();
    const state = await save({ ...input, startsAt: "2026-07-01T18:00", endsAt: "2026-07-01T20:00" });
    expect(state.status).toBe("success");
    if (state.status !== "success") return;
    const a = await db.activity.findUniqueOrThrow({ where: { id: state.data.id }, select: { startsAt: true } });
    expect(a.startsAt.toISOString()).toBe("2026-07-01T16:00:00.000Z");
    const winter = await save({ ...(await validInput()), startsAt: "2026-01-15T18:00", endsAt: "2026-01-15T19:00" });
    if (winter.status !== "success") throw new Error("expected success");
    expect((await db.activity.findUniqueOrThrow({ where: { id: winter.data.id }, select: { startsAt: true } })).startsAt.toISOString()).toBe(
      "2026-01-15T17:00:00.000Z",
    );
  });

  it("refuses an end before the start, a missing place and a missing method, keeping what was typed", async () => {
    const input = await validInput();
    const state = await runAction(COMMANDS.saveActivity!, {
      userId: admin,
      input: { ...input, methodId: "", place: "", startsAt: "2026-03-10T20:00", endsAt: "2026-03-10T18:00" },
      values: { title: String(input.title) },
    });
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: {
        methodId: "Velg en metode fra verktøybanken.",
        endsAt: "Sluttdatoen kan ikke være før startdatoen.",
        place: expect.stringContaining("på nett"),
      },
      values: { title: "Dialogmøte på biblioteket" },
    });
  });

  it("accepts an online activity without a place", async () => {
    expect((await save({ ...(await validInput()), place: "", isOnline: "on" })).status).toBe("success");
  });

  it("refuses a target group from another process", async () => {
    const input = await validInput();
    const other = await db.targetGroup.findFirstOrThrow({ where: { processId: { not: String(input.processId) } }, select: { id: true } });
    expect(await save({ ...input, targetGroupIds: [other.id] })).toMatchObject({
      status: "error",
      fieldErrors: { targetGroupIds: expect.stringContaining("hører ikke til") },
    });
  });

  it("will not lower the places below the politicians already signed up", async () => {
    const state = await save(await validInput());
    if (state.status !== "success") throw new Error("expected success");
    const a = await db.activity.findUniqueOrThrow({ where: { id: state.data.id }, select: { id: true, processId: true } });
    for (const role of ["POLITICIAN", "POLITICIAN"] as const) {
      await db.signup.create({ data: { activityId: a.id, userId: (await createUser(role)).id, status: "CONFIRMED" } });
    }
    const edit = { ...(await validInput()), processId: a.processId, activityId: a.id, phaseId: "", politicianCapacity: "1" };
    expect(await save(edit)).toMatchObject({ status: "error", fieldErrors: { politicianCapacity: expect.stringContaining("2 påmeldte") } });
  });
});

describe("deleting an activity", () => {
  it("refuses when politicians have signed up, and suggests cancelling", async () => {
    const input = await COMMAND_FIXTURES.deleteActivity!({ adminId: admin, actorId: admin });
    await db.signup.create({ data: { activityId: String(input.activityId), userId: (await createUser("POLITICIAN")).id, status: "CONFIRMED" } });
    expect(await runAction(COMMANDS.deleteActivity!, { userId: admin, input })).toMatchObject({ status: "error", message: expect.stringContaining("Avlys") });
    expect(await db.activity.count({ where: { id: String(input.activityId) } })).toBe(1);
  });
});

describe("listing activities", () => {
  it("pages by (start, id) without skipping or repeating", async () => {
    const input = await validInput();
    for (let i = 0; i < 55; i++) {
      await db.activity.create({
        data: {
          processId: String(input.processId),
          methodId: String(input.methodId),
          title: `A${i}`,
          startsAt: new Date(Date.UTC(2026, 2, 1 + (i % 5), 17)),
          endsAt: new Date(Date.UTC(2026, 2, 1 + (i % 5), 19)),
        },
      });
    }
    const first = await listProcessActivities(String(input.processId));
    expect(first.rows).toHaveLength(50);
    const [startsAt, id] = first.next!.split("_");
    const second = await listProcessActivities(String(input.processId), { after: { startsAt: new Date(startsAt!), id: id! } });
    const ids = [...first.rows, ...second.rows].map((r) => r.id);
    expect(new Set(ids).size).toBe(55);
    expect(second.next).toBeNull();
  });
});
