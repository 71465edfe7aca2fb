// Target groups and the importance × difficulty matrix, through the gate as a real user would
// reach them: validation, duplicates, the archived rule, in-use refusals, suggestions, roles
// and the audit trail.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import {
  addSuggestedTargetGroupsCommand,
  createTargetGroupCommand,
  deleteTargetGroupCommand,
  placeTargetGroupCommand,
  updateTargetGroupCommand,
} from "@/features/target-groups/commands";
import { listTargetGroups } from "@/features/target-groups/queries";
import { strategyFor } from "@/features/target-groups/strategy";
import { openSuggestions, sameName } from "@/features/target-groups/suggestions";
import type { ProcessStatus } from "@/generated/prisma/enums";
import { runAction, type ActionDefinition } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";

const users = { ADMIN: "", POLITICIAN: "", GROUP_LEADER: "" };
let audienceId = "";

beforeAll(async () => {
  users.ADMIN = (await createUser("ADMIN")).id;
  users.POLITICIAN = (await createUser("POLITICIAN")).id;
  users.GROUP_LEADER = (await createUser("GROUP_LEADER")).id;
  audienceId = (await db.audience.create({ data: { slug: "eldre-test", name: "Eldre (test)" }, select: { id: true } })).id;
});

const unique = () => randomBytes(4).toString("hex");

async function newProcess(status: ProcessStatus = "DRAFT", groups: string[] = []) {
  const slug = `mg-${unique()}`;
  const p = await db.process.create({
    data: {
      slug,
      title: `Prosess ${slug}`,
      status,
      targetGroups: { create: groups.map((name, position) => ({ name, position, importance: "IMPORTANT", difficulty: "EASY" })) },
    },
    select: { id: true, targetGroups: { select: { id: true, name: true }, orderBy: { position: "asc" } } },
  });
  return { id: p.id, groups: p.targetGroups };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any command of this feature
const run = (def: ActionDefinition<any, any>, input: Record<string, unknown>, userId = users.ADMIN) =>
  runAction(def, { userId, input, values: Object.fromEntries(Object.entries(input).map(([k, v]) => [k, String(v)])) });

const group = (id: string) => db.targetGroup.findUniqueOrThrow({ where: { id } });

describe("creating and changing target groups", () => {
  it("adds a group to the matrix, after the others, and audits it against the process", async () => {
    const p = await newProcess("DRAFT", ["Nærutvalgene"]);
    const state = await run(createTargetGroupCommand, {
      processId: p.id,
      name: "  Eldre hjemmeboende ",
      description: "Eldre som bor hjemme.",
      audienceId,
      importance: "VERY_IMPORTANT",
      difficulty: "MEDIUM",
    });
    expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
    if (state.status !== "success") return;
    expect(await group(state.data.id)).toMatchObject({
      processId: p.id,
      name: "Eldre hjemmeboende",
      description: "Eldre som bor hjemme.",
      audienceId,
      importance: "VERY_IMPORTANT",
      difficulty: "MEDIUM",
      position: 1,
    });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: state.data.id } });
    expect(audit).toMatchObject({ actorId: users.ADMIN, action: "process.update", entityType: "targetGroup", processId: p.id });
    expect(audit.details).toMatchObject({ change: "create", name: "Eldre hjemmeboende" });
  });

  it("refuses an empty name and an overlong description, keeps what was typed and saves nothing", async () => {
    const p = await newProcess();
    const input = { processId: p.id, name: "   ", description: "x".repeat(2001), audienceId: "", importance: "IMPORTANT", difficulty: "HARD" };
    const state = await run(createTargetGroupCommand, input);
    expect(state).toMatchObject({
      status: "error",
      message: "Skjemaet har 2 feil. Rett opp og prøv igjen.",
      fieldErrors: { name: "Skriv navnet på målgruppen.", description: "Teksten er 2\u00a0001 tegn. Den kan være høyst 2\u00a0000 tegn." },
      values: { description: input.description, difficulty: "HARD" },
    });
    const wrongPlace = await run(createTargetGroupCommand, { ...input, name: "Ungdom", description: "", importance: "SUPER" });
    expect(wrongPlace).toMatchObject({ status: "error", fieldErrors: { importance: "Velg hvor viktig målgruppen er å nå." } });
    expect(await db.targetGroup.count({ where: { processId: p.id } })).toBe(0);
  });

  it("refuses a name the process already has (whatever the case) at the name field, and allows it in another process", async () => {
    const p = await newProcess("DRAFT", ["Ungdom"]);
    const input = { processId: p.id, name: "ungdom", description: "Skrevet på nytt", audienceId: "", importance: "IMPORTANT", difficulty: "MEDIUM" };
    const state = await run(createTargetGroupCommand, input);
    expect(state).toMatchObject({
      status: "error",
      fieldErrors: { name: "Prosessen har allerede en målgruppe som heter «Ungdom». Velg et annet navn." },
      values: { name: "ungdom", description: "Skrevet på nytt" },
    });
    expect(await db.targetGroup.count({ where: { processId: p.id } })).toBe(1);

    const other = await newProcess("DRAFT", ["Eldre"]);
    expect(await run(createTargetGroupCommand, { ...input, processId: other.id, name: "Ungdom" })).toMatchObject({ status: "success" });
  });

  it("updates every field, allows keeping the own name, refuses another group's name", async () => {
    const p = await newProcess("DRAFT", ["Eldre", "Ungdom"]);
    const [eldre, ungdom] = [p.groups[0]!, p.groups[1]!];
    const base = { processId: p.id, id: eldre.id, description: "Ny tekst", audienceId, importance: "LESS_IMPORTANT", difficulty: "HARD" };
    expect(await run(updateTargetGroupCommand, { ...base, name: "Eldre" })).toMatchObject({ status: "success" });
    expect(await group(eldre.id)).toMatchObject({ name: "Eldre", description: "Ny tekst", audienceId, importance: "LESS_IMPORTANT", difficulty: "HARD" });

    expect(await run(updateTargetGroupCommand, { ...base, name: "UNGDOM" })).toMatchObject({
      status: "error",
      fieldErrors: { name: expect.stringContaining("«Ungdom»") },
    });
    const renamed = await run(updateTargetGroupCommand, { ...base, name: "Eldre i bydelene", audienceId: "" });
    expect(renamed).toMatchObject({ status: "success" });
    expect(await group(eldre.id)).toMatchObject({ name: "Eldre i bydelene", audienceId: null });
    expect(await group(ungdom.id)).toMatchObject({ name: "Ungdom" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: eldre.id }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ entityType: "targetGroup", processId: p.id, details: { change: "update", name: "Eldre i bydelene", previousName: "Eldre" } });
  });

  it("places a group in another cell without touching anything else; the strategy follows", async () => {
    const p = await newProcess("DRAFT", ["Pårørende"]);
    const id = p.groups[0]!.id;
    await db.targetGroup.update({ where: { id }, data: { description: "Har lite tid", audienceId } });
    const state = await run(placeTargetGroupCommand, { processId: p.id, id, importance: "VERY_IMPORTANT", difficulty: "MEDIUM" });
    expect(state).toMatchObject({
      status: "success",
      data: { from: { importance: "IMPORTANT", difficulty: "EASY" }, to: { importance: "VERY_IMPORTANT", difficulty: "MEDIUM" } },
    });
    const moved = await group(id);
    expect(moved).toMatchObject({ name: "Pårørende", description: "Har lite tid", audienceId, importance: "VERY_IMPORTANT", difficulty: "MEDIUM" });
    expect(strategyFor(moved.importance, moved.difficulty)).toBe("PRIORITY");
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      processId: p.id,
      details: { change: "place", to: { importance: "VERY_IMPORTANT", difficulty: "MEDIUM" } },
    });
  });

  it("never changes a group through another process's id", async () => {
    const a = await newProcess("DRAFT", ["Eldre"]);
    const b = await newProcess();
    const state = await run(placeTargetGroupCommand, { processId: b.id, id: a.groups[0]!.id, importance: "LESS_IMPORTANT", difficulty: "HARD" });
    expect(state).toMatchObject({ status: "error", message: "Vi fant ikke målgruppen. Noen kan ha slettet den." });
    expect(await group(a.groups[0]!.id)).toMatchObject({ importance: "IMPORTANT", difficulty: "EASY" });
  });
});

describe("deleting target groups", () => {
  it("needs the confirmation box, then deletes an unused group", async () => {
    const p = await newProcess("DRAFT", ["Næringsliv"]);
    const id = p.groups[0]!.id;
    expect(await run(deleteTargetGroupCommand, { processId: p.id, id })).toMatchObject({
      status: "error",
      fieldErrors: { confirm: "Kryss av for å bekrefte at du vil slette målgruppen." },
    });
    expect(await run(deleteTargetGroupCommand, { processId: p.id, id, confirm: "on" })).toMatchObject({ status: "success" });
    expect(await db.targetGroup.count({ where: { id } })).toBe(0);
    expect(await db.auditLog.findFirstOrThrow({ where: { entityId: id } })).toMatchObject({
      processId: p.id,
      details: { change: "delete", name: "Næringsliv" },
    });
  });

  it("refuses, with the counts, a group that an activity or an input uses, and deletes nothing", async () => {
    const p = await newProcess("DRAFT", ["Ungdom", "Eldre"]);
    const [ungdom, eldre] = [p.groups[0]!, p.groups[1]!];
    const method = await db.method.create({
      data: { slug: `m-${unique()}`, name: `Metode ${unique()}`, timeLevel: "LOW", moneyLevel: "LOW", effortLevel: "LOW", channel: "PHYSICAL" },
      select: { id: true },
    });
    await db.activity.create({
      data: {
        processId: p.id,
        methodId: method.id,
        title: "Dialogmøte",
        startsAt: new Date("2026-03-01T17:00:00Z"),
        endsAt: new Date("2026-03-01T19:00:00Z"),
        targetGroups: { create: { targetGroupId: ungdom.id } },
      },
    });
    for (const n of [1, 2]) {
      await db.input.create({ data: { processId: p.id, text: `Innspill ${n}`, channel: "FORM", receiptCode: `TEST${unique()}`, targetGroupId: eldre.id } });
    }
    const before = await db.auditLog.count();

    expect(await run(deleteTargetGroupCommand, { processId: p.id, id: ungdom.id, confirm: "on" })).toMatchObject({
      status: "error",
      message:
        "Målgruppen «Ungdom» er i bruk og kan ikke slettes: 1 aktivitet og 0 innspill viser til den. Fjern målgruppen fra dem først, eller endre den i stedet for å slette den.",
    });
    expect(await run(deleteTargetGroupCommand, { processId: p.id, id: eldre.id, confirm: "on" })).toMatchObject({
      status: "error",
      message: expect.stringContaining("0 aktiviteter og 2 innspill viser til den"),
    });
    expect(await db.targetGroup.count({ where: { processId: p.id } })).toBe(2);
    expect(await db.auditLog.count()).toBe(before);

    const listed = await listTargetGroups(p.id);
    expect(listed.map((g) => [g.name, g._count.activities, g._count.inputs])).toEqual([
      ["Ungdom", 1, 0],
      ["Eldre", 0, 2],
    ]);
  });
});

describe("archived processes are read-only", () => {
  it("refuses every target-group command and writes nothing", async () => {
    const p = await newProcess("ARCHIVED", ["Eldre"]);
    const other = await newProcess("PUBLISHED", ["Næringsliv"]);
    const id = p.groups[0]!.id;
    const attempts = [
      run(createTargetGroupCommand, { processId: p.id, name: "Ungdom", description: "", audienceId: "", importance: "IMPORTANT", difficulty: "EASY" }),
      run(updateTargetGroupCommand, { processId: p.id, id, name: "Eldre 2", description: "", audienceId: "", importance: "IMPORTANT", difficulty: "EASY" }),
      run(placeTargetGroupCommand, { processId: p.id, id, importance: "LESS_IMPORTANT", difficulty: "HARD" }),
      run(deleteTargetGroupCommand, { processId: p.id, id, confirm: "on" }),
      run(addSuggestedTargetGroupsCommand, { processId: p.id, suggestions: [other.groups[0]!.id] }),
    ];
    for (const state of await Promise.all(attempts)) {
      expect(state).toMatchObject({ status: "error", message: "Prosessen er arkivert og kan ikke endres. Kopier den hvis du vil bruke den på nytt." });
    }
    expect(await db.targetGroup.findMany({ where: { processId: p.id }, select: { name: true, importance: true } })).toEqual([
      { name: "Eldre", importance: "IMPORTANT" },
    ]);
    expect(await db.auditLog.count({ where: { processId: p.id } })).toBe(0);
  });
});

describe("suggestions: the other processes' groups", () => {
  it("offers each name once with where it is used, copies the chosen with their placement and skips names the process has", async () => {
    const older = await newProcess("PUBLISHED", ["Eldre", "Nærutvalgene"]);
    const newer = await newProcess("DRAFT", [" eldre "]);
    await db.targetGroup.update({ where: { id: older.groups[0]!.id }, data: { importance: "VERY_IMPORTANT", difficulty: "HARD", description: "Over 67 år" } });
    const p = await newProcess("DRAFT", ["nærutvalgene", "Egen gruppe"]);
    const offered = await openSuggestions(
      p.id,
      p.groups.map((g) => g.name),
    );
    const titles = async (id: string) => (await db.process.findUniqueOrThrow({ where: { id }, select: { title: true } })).title;
    const eldre = offered.find((s) => sameName(s.name, "Eldre"))!;
    expect(eldre.usedIn).toEqual(expect.arrayContaining([await titles(older.id), await titles(newer.id)]));
    expect(offered.filter((s) => sameName(s.name, "Eldre"))).toHaveLength(1);
    expect(offered.map((s) => s.name)).not.toContain("Nærutvalgene"); // the process has it
    expect(offered.map((s) => s.name)).not.toContain("Egen gruppe"); // its own group

    const state = await run(addSuggestedTargetGroupsCommand, { processId: p.id, suggestions: [older.groups[0]!.id, older.groups[1]!.id] });
    expect(state).toMatchObject({ status: "success", data: { skipped: ["Nærutvalgene"] } });
    const groups = await listTargetGroups(p.id);
    expect(groups.map((g) => [g.name, g.importance, g.difficulty, g.description, g.position])).toEqual([
      ["nærutvalgene", "IMPORTANT", "EASY", "", 0],
      ["Egen gruppe", "IMPORTANT", "EASY", "", 1],
      ["Eldre", "VERY_IMPORTANT", "HARD", "Over 67 år", 2],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { processId: p.id } });
    expect(audit).toMatchObject({ entityType: "targetGroup", details: { change: "addSuggested" } });
    expect(
      (
        await openSuggestions(
          p.id,
          groups.map((g) => g.name),
        )
      ).map((s) => s.name),
    ).not.toContain("Eldre");

    expect(await run(addSuggestedTargetGroupsCommand, { processId: p.id, suggestions: [] })).toMatchObject({
      status: "error",
      fieldErrors: { suggestions: "Velg minst én målgruppe å legge til." },
    });
    expect(await run(addSuggestedTargetGroupsCommand, { processId: p.id, suggestions: "ikke-et-forslag" })).toMatchObject({ status: "error" });
    // Its own group, or one that does not exist, is not a suggestion.
    for (const id of [p.groups[1]!.id, "00000000-0000-4000-8000-000000000000"]) {
      expect(await run(addSuggestedTargetGroupsCommand, { processId: p.id, suggestions: [id] })).toMatchObject({
        status: "error",
        fieldErrors: { suggestions: expect.stringContaining("Velg målgrupper fra listen over forslag") },
      });
    }
    expect(await db.targetGroup.count({ where: { processId: p.id } })).toBe(3);
  });
});

describe("who may change target groups", () => {
  for (const role of ["POLITICIAN", "GROUP_LEADER"] as const) {
    it(`refuses a ${role} every command, writing nothing`, async () => {
      const p = await newProcess("DRAFT", ["Eldre"]);
      const other = await newProcess("PUBLISHED", ["Ungdom"]);
      const id = p.groups[0]!.id;
      const attempts = await Promise.all([
        run(
          createTargetGroupCommand,
          { processId: p.id, name: "Ungdom", description: "", audienceId: "", importance: "IMPORTANT", difficulty: "EASY" },
          users[role],
        ),
        run(
          updateTargetGroupCommand,
          { processId: p.id, id, name: "X", description: "", audienceId: "", importance: "IMPORTANT", difficulty: "EASY" },
          users[role],
        ),
        run(placeTargetGroupCommand, { processId: p.id, id, importance: "LESS_IMPORTANT", difficulty: "HARD" }, users[role]),
        run(deleteTargetGroupCommand, { processId: p.id, id, confirm: "on" }, users[role]),
        run(addSuggestedTargetGroupsCommand, { processId: p.id, suggestions: [other.groups[0]!.id] }, users[role]),
      ]);
      for (const state of attempts) expect(state).toMatchObject({ status: "error", message: "Du har ikke tilgang til å gjøre dette." });
      expect(await db.targetGroup.findMany({ where: { processId: p.id }, select: { name: true, importance: true } })).toEqual([
        { name: "Eldre", importance: "IMPORTANT" },
      ]);
      expect(await db.auditLog.count({ where: { actorId: users[role] } })).toBe(0);
    });
  }
});
