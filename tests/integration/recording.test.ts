// Politicians recording what they heard at an activity, through the gate: what is stored,
// every refusal stores nothing, a double tap stores one input, and only own inputs go away.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeRecordingActivity, recordFields } from "../support/fixtures/recording";

const politician = async () => (await createUser("POLITICIAN")).id;
const record = (userId: string, input: Record<string, unknown>) => runAction(COMMANDS.recordInput!, { userId, input });
const remove = (userId: string, inputId: string) => runAction(COMMANDS.deleteRecordedInput!, { userId, input: { inputId } });
const confirmedAt = async (opts: Parameters<typeof makeRecordingActivity>[0] = {}) => {
  const a = await makeRecordingActivity(opts);
  const userId = await politician();
  await db.signup.create({ data: { activityId: a.id, userId, status: "CONFIRMED" } });
  return { a, userId };
};
const storedAt = (activityId: string) => db.input.count({ where: { activityId } });

describe("recording an input heard at an activity", () => {
  it("stores it with channel ACTIVITY, the activity's method, process and phase, and the politician as recorder", async () => {
    const { a, userId } = await confirmedAt();
    const state = await record(
      userId,
      recordFields(a.id, {
        text: "  Bussen går for sjelden på kvelden.  ",
        category: "CHALLENGE",
        targetGroupId: a.targetGroupId,
        districtId: a.districtId,
        language: "nn",
      }),
    );
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success", data: { repeated: false } });
    const row = await db.input.findFirstOrThrow({ where: { activityId: a.id } });
    expect(row).toMatchObject({
      text: "Bussen går for sjelden på kvelden.",
      category: "CHALLENGE",
      channel: "ACTIVITY",
      methodId: a.methodId,
      processId: a.processId,
      phaseId: a.phaseId,
      recordedById: userId,
      targetGroupId: a.targetGroupId,
      districtId: a.districtId,
      language: "nn",
      status: "RECEIVED",
    });
    expect(row.receiptCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: userId, action: "input.record" } });
    expect(audit).toMatchObject({ entityType: "input", entityId: row.id, processId: a.processId });
  });

  it("lets the administration record at any activity without a sign-up", async () => {
    const a = await makeRecordingActivity();
    const admin = (await createUser("ADMIN")).id;
    expect((await record(admin, recordFields(a.id))).status).toBe("success");
    expect(await db.input.count({ where: { activityId: a.id, recordedById: admin } })).toBe(1);
  });

  it("accepts the idea categories in an IDEAS phase", async () => {
    const { a, userId } = await confirmedAt({ phaseKind: "IDEAS" });
    expect((await record(userId, recordFields(a.id, { category: "POSSIBILITY" }))).status).toBe("success");
  });
});

describe("refusals store nothing and say why in Norwegian", () => {
  it("refuses a politician who is not signed up", async () => {
    const a = await makeRecordingActivity();
    const state = await record(await politician(), recordFields(a.id));
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("ikke påmeldt") });
    expect(await storedAt(a.id)).toBe(0);
  });

  it("refuses a politician on the waiting list, and one who withdrew", async () => {
    const a = await makeRecordingActivity();
    const [waiting, withdrawn] = [await politician(), await politician()];
    await db.signup.createMany({
      data: [
        { activityId: a.id, userId: waiting, status: "WAITLISTED" },
        { activityId: a.id, userId: withdrawn, status: "WITHDRAWN" },
      ],
    });
    expect(await record(waiting, recordFields(a.id))).toMatchObject({ status: "error", message: expect.stringContaining("venteliste") });
    expect(await record(withdrawn, recordFields(a.id))).toMatchObject({ status: "error", message: expect.stringContaining("ikke påmeldt") });
    expect(await storedAt(a.id)).toBe(0);
  });

  it("refuses before the activity has started", async () => {
    const { a, userId } = await confirmedAt({ hoursFromNow: 2, status: "OPEN" });
    expect(await record(userId, recordFields(a.id))).toMatchObject({ status: "error", message: expect.stringContaining("ikke begynt") });
    expect(await storedAt(a.id)).toBe(0);
  });

  it("refuses a cancelled activity and an archived process, even for the administration", async () => {
    const admin = (await createUser("ADMIN")).id;
    const { a, userId } = await confirmedAt({ status: "CANCELLED" });
    expect(await record(userId, recordFields(a.id))).toMatchObject({ status: "error", message: expect.stringContaining("avlyst") });
    expect(await record(admin, recordFields(a.id))).toMatchObject({ status: "error", message: expect.stringContaining("avlyst") });
    const archived = await confirmedAt({ processStatus: "ARCHIVED" });
    expect(await record(archived.userId, recordFields(archived.a.id))).toMatchObject({ status: "error", message: expect.stringContaining("arkivert") });
    expect(await storedAt(a.id)).toBe(0);
    expect(await storedAt(archived.a.id)).toBe(0);
  });

  it("refuses an insight category in an IDEAS phase (and the reverse), tied to the category field", async () => {
    const ideas = await confirmedAt({ phaseKind: "IDEAS" });
    const state = await record(ideas.userId, recordFields(ideas.a.id, { category: "NEED" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { category: expect.stringContaining("passer ikke til fasen") } });
    const insight = await confirmedAt();
    expect((await record(insight.userId, recordFields(insight.a.id, { category: "ADVICE" }))).status).toBe("error");
    expect(await storedAt(ideas.a.id)).toBe(0);
    expect(await storedAt(insight.a.id)).toBe(0);
  });

  it("refuses a target group of another process and a district that does not exist", async () => {
    const { a, userId } = await confirmedAt();
    const other = await makeRecordingActivity();
    const wrongGroup = await record(userId, recordFields(a.id, { targetGroupId: other.targetGroupId }));
    expect(wrongGroup).toMatchObject({ status: "error", fieldErrors: { targetGroupId: expect.stringContaining("hører ikke til denne prosessen") } });
    const noDistrict = await record(userId, recordFields(a.id, { districtId: randomUUID() }));
    expect(noDistrict).toMatchObject({ status: "error", fieldErrors: { districtId: expect.stringContaining("Bydelen finnes ikke") } });
    expect(await storedAt(a.id)).toBe(0);
  });

  it("requires the text (at most 5 000 characters) and a category, keeping what was typed", async () => {
    const { a, userId } = await confirmedAt();
    const empty = await runAction(COMMANDS.recordInput!, { userId, input: recordFields(a.id, { text: "   " }), values: { category: "NEED" } });
    expect(empty).toMatchObject({ status: "error", fieldErrors: { text: "Skriv hva du hørte." }, values: { category: "NEED" } });
    const long = await record(userId, recordFields(a.id, { text: "x".repeat(5001) }));
    expect(long).toMatchObject({
      status: "error",
      fieldErrors: { text: expect.stringMatching(/Teksten er 5\s?001 tegn\. Den kan være høyst 5\s?000 tegn\./) },
    });
    const noCategory = await record(userId, recordFields(a.id, { category: undefined }));
    expect(noCategory).toMatchObject({ status: "error", fieldErrors: { category: "Velg hva innspillet handler om." } });
    expect(await storedAt(a.id)).toBe(0);
  });
});

describe("a double tap on a phone", () => {
  it("stores one input for the same idempotency key, sequentially and at the same moment", async () => {
    const { a, userId } = await confirmedAt();
    const fields = recordFields(a.id);
    const first = await record(userId, fields);
    const again = await record(userId, fields);
    expect(again).toMatchObject({ status: "success", data: { repeated: true } });
    if (first.status !== "success" || again.status !== "success") throw new Error("expected success");
    expect(again.data.id).toBe(first.data.id);

    const racing = recordFields(a.id, { text: "Samtidig" });
    const both = await Promise.all([record(userId, racing), record(userId, racing)]);
    expect(both.map((s) => s.status)).toEqual(["success", "success"]);
    expect(await storedAt(a.id)).toBe(2);
  });

  it("does not let another person reuse someone's key", async () => {
    const { a, userId } = await confirmedAt();
    const other = await politician();
    await db.signup.create({ data: { activityId: a.id, userId: other, status: "CONFIRMED" } });
    const fields = recordFields(a.id);
    await record(userId, fields);
    expect((await record(other, fields)).status).toBe("error");
    expect(await db.input.count({ where: { activityId: a.id, recordedById: other } })).toBe(0);
  });
});

describe("deleting a mistake", () => {
  const recorded = async () => {
    const { a, userId } = await confirmedAt();
    const state = await record(userId, recordFields(a.id));
    if (state.status !== "success") throw new Error(JSON.stringify(state));
    return { a, userId, inputId: state.data.id };
  };

  it("deletes an own input while it is RECEIVED, and logs it without the text", async () => {
    const { userId, inputId } = await recorded();
    expect((await remove(userId, inputId)).status).toBe("success");
    expect(await db.input.count({ where: { id: inputId } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: userId, entityId: inputId, details: { path: ["deleted"], equals: true } } });
    expect(JSON.stringify(audit.details)).not.toContain("benk");
  });

  it("refuses someone else's input, even an admin's, and a citizen's form input", async () => {
    const { a, inputId } = await recorded();
    const other = await politician();
    expect(await remove(other, inputId)).toMatchObject({ status: "error", message: expect.stringContaining("selv har registrert") });
    expect((await remove((await createUser("ADMIN")).id, inputId)).status).toBe("error");
    const form = await db.input.create({
      data: { processId: a.processId, text: "Fra skjema", channel: "FORM", receiptCode: `F${randomUUID().slice(0, 8)}` },
      select: { id: true },
    });
    expect((await remove(other, form.id)).status).toBe("error");
    expect(await db.input.count({ where: { id: { in: [inputId, form.id] } } })).toBe(2);
  });

  it("refuses once the administration has read it", async () => {
    const { userId, inputId } = await recorded();
    await db.input.update({ where: { id: inputId }, data: { status: "READ" } });
    expect(await remove(userId, inputId)).toMatchObject({ status: "error", message: expect.stringContaining("allerede lest") });
    expect(await db.input.count({ where: { id: inputId } })).toBe(1);
  });
});
