// Process design through the gate, as an administrator would do it: create, framework,
// phases, timeline, publishing gate, status changes, copy, and the bad-input rules.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { questionsFor } from "@/features/processes/guiding-questions";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeProcess } from "../support/fixtures/processes";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: keyof typeof COMMANDS, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });

const framework = (processId: string, over: Record<string, unknown> = {}) => ({
  processId,
  title: "Aldersvennlig Drammen",
  slug: `aldersvennlig-${processId.slice(0, 8)}`,
  summary: "Om prosessen",
  goal: "Mål",
  expectationGap: "Forventninger",
  inputUsePlan: "Plan",
  frameworkItems: "Første\n\n  Andre  \nTredje",
  startsOn: "2026-01-01",
  endsOn: "2026-12-31",
  ...over,
});

describe("creating a process", () => {
  it("makes a draft with a slug from the title, handling æ, ø and å", async () => {
    const state = await run("createProcess", { title: "Bærekraftig økonomi på Åssiden", summary: "" });
    expect(state).toMatchObject({ status: "success", data: { slug: "baerekraftig-okonomi-pa-assiden" } });
    const p = await db.process.findUniqueOrThrow({ where: { slug: "baerekraftig-okonomi-pa-assiden" }, select: { status: true, createdById: true } });
    expect(p).toEqual({ status: "DRAFT", createdById: admin });
  });

  it("adds a number when the generated slug is taken, and refuses a taken slug given by hand", async () => {
    await run("createProcess", { title: "Ungdom i sentrum" });
    expect(await run("createProcess", { title: "Ungdom i sentrum" })).toMatchObject({ status: "success", data: { slug: "ungdom-i-sentrum-2" } });
    expect(await run("createProcess", { title: "Noe annet", slug: "ungdom-i-sentrum" })).toMatchObject({
      status: "error",
      fieldErrors: { slug: "Adressen er allerede i bruk av en annen prosess. Velg en annen." },
    });
  });

  it("refuses an empty title and an invalid slug with messages at the fields", async () => {
    expect(await run("createProcess", { title: "  ", slug: "Ikke Gyldig!" })).toMatchObject({
      status: "error",
      fieldErrors: { title: "Fyll ut feltet.", slug: expect.stringContaining("små bokstaver") },
    });
  });
});

describe("the framework", () => {
  it("saves texts, dates, plans and the ordered framework items", async () => {
    const p = await makeProcess({ complete: false });
    const plans = await db.thematicPlan.createManyAndReturn({
      data: [
        { slug: `a-${p.id}`, name: `Plan A ${p.id}` },
        { slug: `b-${p.id}`, name: `Plan B ${p.id}` },
      ],
      select: { id: true },
    });
    const state = await run("updateProcess", framework(p.id, { thematicPlanIds: plans.map((x) => x.id) }));
    expect(state.status).toBe("success");
    const saved = await db.process.findUniqueOrThrow({
      where: { id: p.id },
      select: { goal: true, frameworkItems: { orderBy: { position: "asc" }, select: { text: true } }, _count: { select: { thematicPlans: true } } },
    });
    expect(saved.frameworkItems.map((f) => f.text)).toEqual(["Første", "Andre", "Tredje"]);
    expect(saved._count.thematicPlans).toBe(2);
  });

  it("refuses an end date before the start date and saves nothing", async () => {
    const p = await makeProcess();
    const state = await run("updateProcess", framework(p.id, { goal: "Nytt mål", startsOn: "2026-06-01", endsOn: "2026-05-01" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { endsOn: "Sluttdatoen kan ikke være før startdatoen." } });
    expect((await db.process.findUniqueOrThrow({ where: { id: p.id }, select: { goal: true } })).goal).toBe("Et mål");
  });

  it("refuses dates that would leave a phase outside the process", async () => {
    const p = await makeProcess(); // phase 1 Feb – 31 May
    const state = await run("updateProcess", framework(p.id, { startsOn: "2026-03-01" }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { startsOn: expect.stringContaining("Innsikt") } });
  });

  it("refuses any change to an archived process", async () => {
    const p = await makeProcess({ status: "ARCHIVED" });
    expect(await run("updateProcess", framework(p.id))).toMatchObject({ status: "error", message: expect.stringContaining("arkivert") });
    expect(
      await run("savePhase", {
        processId: p.id,
        kind: "OTHER",
        title: "x",
        description: "",
        guidingQuestions: "",
        startsOn: "",
        endsOn: "",
        expectedOutput: "",
        owner: "",
      }),
    ).toMatchObject({
      status: "error",
      message: expect.stringContaining("arkivert"),
    });
  });
});

describe("phases", () => {
  const phase = (processId: string, over: Record<string, unknown> = {}) => ({
    processId,
    kind: "INSIGHT",
    title: "Innsikt 2",
    description: "",
    guidingQuestions: "",
    startsOn: "2026-06-01",
    endsOn: "2026-07-01",
    expectedOutput: "Kunnskapsgrunnlag",
    owner: "Adm.",
    ...over,
  });

  it("gives a new insight phase the DEMRE questions by default and puts it last", async () => {
    const p = await makeProcess();
    const state = await run("savePhase", phase(p.id));
    expect(state.status).toBe("success");
    const phases = await db.phase.findMany({
      where: { processId: p.id },
      orderBy: { position: "asc" },
      select: { title: true, kind: true, guidingQuestions: true, position: true },
    });
    expect(phases.map((x) => [x.position, x.title])).toEqual([
      [1, "Innsikt"],
      [2, "Innsikt 2"],
    ]);
    // Nothing copied in: the defaults of the phase's kind are looked up when shown.
    expect(phases[1]!.guidingQuestions).toEqual([]);
    expect(questionsFor(phases[1]!)).toEqual(["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"]);
  });

  it("a phase created as idea and changed to insight shows the insight questions; written questions stay", async () => {
    const p = await makeProcess();
    await run("savePhase", phase(p.id, { kind: "IDEAS", title: "Idé" }));
    const created = await db.phase.findFirstOrThrow({ where: { processId: p.id, title: "Idé" }, select: { id: true, kind: true, guidingQuestions: true } });
    expect(questionsFor(created)).toEqual(["Hva oppleves viktigst og hvorfor", "Muligheter", "Tips, råd"]);
    // The edit form shows what is stored (empty); saving it again with another kind.
    await run("savePhase", phase(p.id, { phaseId: created.id, kind: "INSIGHT", title: "Idé", guidingQuestions: created.guidingQuestions.join("\n") }));
    const changed = await db.phase.findUniqueOrThrow({ where: { id: created.id }, select: { kind: true, guidingQuestions: true } });
    expect(questionsFor(changed)).toEqual(["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"]);
    // Defaults typed out in full are stored as "the defaults"; own questions are kept as written.
    await run(
      "savePhase",
      phase(p.id, { phaseId: created.id, kind: "INSIGHT", title: "Idé", guidingQuestions: "Hva oppleves viktigst og hvorfor\nMuligheter\nTips, råd" }),
    );
    expect((await db.phase.findUniqueOrThrow({ where: { id: created.id }, select: { guidingQuestions: true } })).guidingQuestions).toEqual([]);
    await run("savePhase", phase(p.id, { phaseId: created.id, kind: "INSIGHT", title: "Idé", guidingQuestions: "Hva savner du?" }));
    expect((await db.phase.findUniqueOrThrow({ where: { id: created.id }, select: { guidingQuestions: true } })).guidingQuestions).toEqual(["Hva savner du?"]);
  });

  it("the migration empties phases that hold a copy of some kind's defaults and keeps written ones", async () => {
    const p = await makeProcess();
    const insight = ["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"];
    const copied = await db.phase.create({
      data: { processId: p.id, position: 7, kind: "INSIGHT", title: "Kopi", guidingQuestions: ["Hva oppleves viktigst og hvorfor", "Muligheter", "Tips, råd"] },
      select: { id: true },
    });
    const same = await db.phase.create({
      data: { processId: p.id, position: 8, kind: "INSIGHT", title: "Standard", guidingQuestions: insight },
      select: { id: true },
    });
    const own = await db.phase.create({
      data: { processId: p.id, position: 9, kind: "INSIGHT", title: "Egne", guidingQuestions: ["Hva savner du?"] },
      select: { id: true },
    });
    const sql = readFileSync(path.resolve(import.meta.dirname, "../../prisma/migrations/20261207030000_phase_default_questions/migration.sql"), "utf8");
    await db.$executeRawUnsafe(sql);
    const after = await db.phase.findMany({
      where: { id: { in: [copied.id, same.id, own.id] } },
      orderBy: { position: "asc" },
      select: { guidingQuestions: true },
    });
    expect(after.map((x) => x.guidingQuestions)).toEqual([[], [], ["Hva savner du?"]]);
  });

  it("refuses a phase outside the process's dates, naming the period", async () => {
    const p = await makeProcess();
    expect(await run("savePhase", phase(p.id, { endsOn: "2027-02-01" }))).toMatchObject({
      status: "error",
      fieldErrors: { endsOn: "Datoen må ligge innenfor prosessens periode (01.01.2026 – 31.12.2026)." },
    });
  });

  it("moves phases up and down by keyboard-friendly buttons", async () => {
    const p = await makeProcess();
    await run("savePhase", phase(p.id, { title: "Idé", kind: "IDEAS" }));
    const idea = await db.phase.findFirstOrThrow({ where: { processId: p.id, title: "Idé" }, select: { id: true } });
    expect((await run("movePhase", { processId: p.id, phaseId: idea.id, direction: "up" })).status).toBe("success");
    const order = await db.phase.findMany({ where: { processId: p.id }, orderBy: { position: "asc" }, select: { title: true } });
    expect(order.map((x) => x.title)).toEqual(["Idé", "Innsikt"]);
  });

  it("refuses to delete a phase that inputs belong to", async () => {
    const p = await makeProcess();
    const phaseId = p.phases[0]!.id;
    await db.input.create({ data: { processId: p.id, phaseId, text: "Innspill", channel: "FORM", receiptCode: `T${p.id.slice(0, 8)}` } });
    expect(await run("deletePhase", { processId: p.id, phaseId })).toMatchObject({ status: "error", message: expect.stringContaining("1 innspill") });
    expect(await db.phase.count({ where: { id: phaseId } })).toBe(1);
  });
});

describe("the publishing gate", () => {
  it("refuses to publish an incomplete process and publishes it once complete", async () => {
    const p = await makeProcess({ complete: false });
    expect(await run("changeProcessStatus", { processId: p.id, status: "PUBLISHED" })).toMatchObject({
      status: "error",
      message: "Prosessen kan ikke publiseres ennå. Se hva som mangler i sjekklisten over.",
    });
    await run("updateProcess", framework(p.id));
    await run("savePhase", {
      processId: p.id,
      kind: "INSIGHT",
      title: "Innsikt",
      description: "",
      guidingQuestions: "",
      startsOn: "2026-02-01",
      endsOn: "2026-03-01",
      expectedOutput: "",
      owner: "",
    });
    expect((await run("changeProcessStatus", { processId: p.id, status: "PUBLISHED" })).status).toBe("error"); // still no target group
    await db.targetGroup.create({ data: { processId: p.id, name: "Eldre", importance: "IMPORTANT", difficulty: "EASY" } });
    expect(await run("changeProcessStatus", { processId: p.id, status: "PUBLISHED" })).toMatchObject({ status: "success", data: { status: "PUBLISHED" } });
    expect((await db.process.findUniqueOrThrow({ where: { id: p.id }, select: { publishedAt: true } })).publishedAt).not.toBeNull();
  });

  it("closes, archives and then refuses every further status change", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    expect((await run("changeProcessStatus", { processId: p.id, status: "CLOSED" })).status).toBe("success");
    expect((await run("changeProcessStatus", { processId: p.id, status: "ARCHIVED" })).status).toBe("success");
    expect((await run("changeProcessStatus", { processId: p.id, status: "PUBLISHED" })).status).toBe("error");
  });

  it("writes every change to the process's own log", async () => {
    const p = await makeProcess();
    await run("updateProcess", framework(p.id));
    await run("changeProcessStatus", { processId: p.id, status: "PUBLISHED" });
    const log = await db.auditLog.findMany({ where: { processId: p.id }, orderBy: { id: "asc" }, select: { action: true, actorId: true } });
    expect(log).toEqual([
      { action: "process.update", actorId: admin },
      { action: "process.publish", actorId: admin },
    ]);
  });
});

describe("copying a process as a template", () => {
  it("keeps framework, phases, target groups and activities' methods, not inputs or sign-ups", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    await run("updateProcess", framework(p.id));
    const method = await db.method.create({
      data: { slug: `gjestebud-${p.id}`, name: `Gjestebud ${p.id}`, timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "MEDIUM", channel: "PHYSICAL" },
      select: { id: true },
    });
    const group = await db.targetGroup.findFirstOrThrow({ where: { processId: p.id }, select: { id: true } });
    const activity = await db.activity.create({
      data: {
        processId: p.id,
        methodId: method.id,
        title: "Gjestebud",
        startsAt: new Date("2026-03-01T17:00Z"),
        endsAt: new Date("2026-03-01T19:00Z"),
        status: "DONE",
        targetGroups: { create: [{ targetGroupId: group.id }] },
      },
      select: { id: true },
    });
    const politician = await createUser("POLITICIAN");
    await db.signup.create({ data: { activityId: activity.id, userId: politician.id, status: "CONFIRMED" } });
    await db.input.create({ data: { processId: p.id, text: "Et innspill", channel: "FORM", receiptCode: `C${p.id.slice(0, 8)}` } });

    const state = await run("copyProcess", { processId: p.id, title: "Aldersvennlig Drammen 2027" });
    expect(state).toMatchObject({ status: "success", data: { slug: "aldersvennlig-drammen-2027" } });
    if (state.status !== "success") return;
    const copy = await db.process.findUniqueOrThrow({
      where: { id: state.data.id },
      select: {
        status: true,
        copiedFromId: true,
        frameworkItems: { orderBy: { position: "asc" }, select: { text: true } },
        phases: { select: { title: true, startsOn: true } },
        targetGroups: { select: { name: true } },
        activities: { select: { methodId: true, status: true, targetGroups: true, _count: { select: { signups: true } } } },
        _count: { select: { inputs: true } },
      },
    });
    expect(copy.status).toBe("DRAFT");
    expect(copy.copiedFromId).toBe(p.id);
    expect(copy.frameworkItems.map((f) => f.text)).toEqual(["Første", "Andre", "Tredje"]);
    expect(copy.phases.map((x) => x.title)).toEqual(["Innsikt"]);
    expect(copy.phases[0]!.startsOn).toBeNull();
    expect(copy.targetGroups.map((g) => g.name)).toEqual(["Eldre"]);
    expect(copy.activities).toEqual([{ methodId: method.id, status: "PLANNED", targetGroups: [expect.objectContaining({})], _count: { signups: 0 } }]);
    expect(copy._count.inputs).toBe(0);
  });
});
