// Triage and the topic taxonomy through the gate: each command's change and its refusals,
// bulk actions as one statement over 200 inputs, merges and renames that keep every tag,
// sources recorded as MANUAL, and the order of the triage queue.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { resolveTopicSlug } from "@/features/knowledge/topics/queries";
import { nextForTriage, previousForTriage } from "@/features/knowledge/triage/queries";
import { bulkKindSchema } from "@/features/knowledge/triage/schemas";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeInput } from "../support/fixtures/inbox";
import { makePlan, makeTopic } from "../support/fixtures/knowledge-triage";
import { makeProcess } from "../support/fixtures/processes";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: string, input: Record<string, unknown>, userId = admin) => runAction(COMMANDS[name]!, { userId, input });
const tagsOf = async (inputId: string) =>
  await db.inputTag.findMany({ where: { inputId }, select: { tagId: true, source: true, setById: true }, orderBy: { tagId: "asc" } });

async function inputInPhase(kind: "INSIGHT" | "IDEAS") {
  const p = await makeProcess({ status: "PUBLISHED" });
  const phase = await db.phase.create({ data: { processId: p.id, position: 1, kind, title: kind }, select: { id: true } });
  return makeInput({ processId: p.id, phaseId: phase.id });
}

describe("insight category", () => {
  it("sets the category by hand with source MANUAL and audits it", async () => {
    const input = await inputInPhase("INSIGHT");
    const state = await run("setInputCategory", { inputId: input.id, category: "CHALLENGE" });
    expect(state.status).toBe("success");
    expect(await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { category: true, categorySource: true } })).toEqual({
      category: "CHALLENGE",
      categorySource: "MANUAL",
    });
    expect(await db.auditLog.count({ where: { entityId: input.id, action: "input.triage" } })).toBe(1);
  });

  it("refuses an idea category for an insight-phase input (and the other way), changing nothing", async () => {
    const insight = await inputInPhase("INSIGHT");
    const state = await run("setInputCategory", { inputId: insight.id, category: "ADVICE" });
    expect(state).toMatchObject({ status: "error", fieldErrors: { category: expect.stringContaining("passer ikke") } });
    const ideas = await inputInPhase("IDEAS");
    expect((await run("setInputCategory", { inputId: ideas.id, category: "NEED" })).status).toBe("error");
    expect((await run("setInputCategory", { inputId: ideas.id, category: "POSSIBILITY" })).status).toBe("success");
    expect((await db.input.findUniqueOrThrow({ where: { id: insight.id }, select: { category: true } })).category).toBeNull();
  });

  it("refuses an unknown category, a missing input and a politician", async () => {
    const input = await makeInput();
    expect(await run("setInputCategory", { inputId: input.id, category: "NONSENSE" })).toMatchObject({
      status: "error",
      fieldErrors: { category: "Velg en kategori." },
    });
    expect(await run("setInputCategory", { inputId: "00000000-0000-4000-8000-000000000000", category: "NEED" })).toMatchObject({
      status: "error",
      message: expect.stringContaining("Fant ikke innspillet"),
    });
    const politician = (await createUser("POLITICIAN")).id;
    expect((await run("setInputCategory", { inputId: input.id, category: "NEED" }, politician)).status).toBe("error");
  });
});

describe("topics on one input", () => {
  it("replaces the set: new tags MANUAL with the actor, kept tags keep their source, unchecked go", async () => {
    const input = await makeInput();
    const [a, b, c] = [await makeTopic(), await makeTopic(), await makeTopic()];
    await db.inputTag.createMany({
      data: [
        { inputId: input.id, tagId: a.id, source: "SUGGESTION" },
        { inputId: input.id, tagId: b.id, source: "IMPORT" },
      ],
    });
    const state = await run("setInputTopics", { inputId: input.id, topicIds: [a.id, c.id] });
    expect(state.status).toBe("success");
    const tags = await tagsOf(input.id);
    expect(Object.fromEntries(tags.map((t) => [t.tagId, t.source]))).toEqual({ [a.id]: "SUGGESTION", [c.id]: "MANUAL" });
    expect(tags.find((t) => t.tagId === c.id)?.setById).toBe(admin);
    // No box checked (the form sends nothing) clears them.
    expect((await run("setInputTopics", { inputId: input.id })).status).toBe("success");
    expect(await tagsOf(input.id)).toEqual([]);
  });

  it("refuses a merged topic and an unknown one", async () => {
    const input = await makeInput();
    const into = await makeTopic();
    const merged = await makeTopic(undefined, { mergedIntoId: into.id });
    expect(await run("setInputTopics", { inputId: input.id, topicIds: [merged.id] })).toMatchObject({
      status: "error",
      fieldErrors: { topicIds: expect.any(String) },
    });
    expect((await run("setInputTopics", { inputId: input.id, topicIds: ["00000000-0000-4000-8000-000000000000"] })).status).toBe("error");
    expect((await run("setInputTopics", { inputId: input.id, topicIds: ["ikke-en-id"] })).status).toBe("error");
    expect(await tagsOf(input.id)).toEqual([]);
  });
});

describe("thematic plans, target group and district", () => {
  it("replaces plans with MANUAL for new ones and keeps the source of kept ones", async () => {
    const input = await makeInput();
    const [p1, p2] = [await makePlan(), await makePlan()];
    await db.inputThematicPlan.create({ data: { inputId: input.id, thematicPlanId: p1.id, source: "SUGGESTION" } });
    expect((await run("setInputPlans", { inputId: input.id, planIds: [p1.id, p2.id] })).status).toBe("success");
    const rows = await db.inputThematicPlan.findMany({ where: { inputId: input.id }, select: { thematicPlanId: true, source: true } });
    expect(Object.fromEntries(rows.map((r) => [r.thematicPlanId, r.source]))).toEqual({ [p1.id]: "SUGGESTION", [p2.id]: "MANUAL" });
    expect((await run("setInputPlans", { inputId: input.id, planIds: ["00000000-0000-4000-8000-000000000000"] })).status).toBe("error");
    expect(await db.inputThematicPlan.count({ where: { inputId: input.id } })).toBe(2);
  });

  it("sets a target group of the input's process and refuses another process's group", async () => {
    const input = await makeInput();
    const own = await db.targetGroup.create({
      data: { processId: input.processId, name: `Ungdom ${input.id.slice(0, 8)}`, importance: "IMPORTANT", difficulty: "HARD" },
      select: { id: true },
    });
    const other = await makeInput();
    const foreign = await db.targetGroup.create({
      data: { processId: other.processId, name: "Ungdom", importance: "IMPORTANT", difficulty: "HARD" },
      select: { id: true },
    });
    expect(await run("setInputTargetGroup", { inputId: input.id, targetGroupId: foreign.id })).toMatchObject({
      status: "error",
      fieldErrors: { targetGroupId: expect.stringContaining("hører ikke til") },
    });
    expect((await run("setInputTargetGroup", { inputId: input.id, targetGroupId: own.id })).status).toBe("success");
    expect((await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { targetGroupId: true } })).targetGroupId).toBe(own.id);
    expect((await run("setInputTargetGroup", { inputId: input.id, targetGroupId: "" })).status).toBe("success");
    expect((await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { targetGroupId: true } })).targetGroupId).toBeNull();
  });

  it("sets and clears the district, refusing an unknown one", async () => {
    const input = await makeInput();
    const d = await db.district.create({ data: { slug: `b-${input.id.slice(0, 8)}`, name: `Bydel ${input.id.slice(0, 8)}` }, select: { id: true } });
    expect((await run("setInputDistrict", { inputId: input.id, districtId: "00000000-0000-4000-8000-000000000000" })).status).toBe("error");
    expect((await run("setInputDistrict", { inputId: input.id, districtId: d.id })).status).toBe("success");
    expect((await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { districtId: true } })).districtId).toBe(d.id);
    expect((await run("setInputDistrict", { inputId: input.id, districtId: "" })).status).toBe("success");
  });
});

describe("the triage page's one form: every choice saved together", () => {
  // The page posts the whole form: a marker "" per checkbox group, then the checked ones.
  async function pageInput() {
    const input = await inputInPhase("INSIGHT");
    const [topic, plan] = [await makeTopic(), await makePlan()];
    const group = await db.targetGroup.create({
      data: { processId: input.processId, name: `Eldre ${input.id.slice(0, 8)}`, importance: "IMPORTANT", difficulty: "HARD" },
      select: { id: true },
    });
    const district = await db.district.create({ data: { slug: `s-${input.id.slice(0, 8)}`, name: `Bydel ${input.id.slice(0, 8)}` }, select: { id: true } });
    return { input, topic, plan, group, district };
  }
  const facts = (id: string) =>
    db.input.findUniqueOrThrow({
      where: { id },
      select: {
        category: true,
        categorySource: true,
        targetGroupId: true,
        districtId: true,
        status: true,
        publicResponse: true,
        triagedAt: true,
        triagedById: true,
        isHidden: true,
        hiddenReason: true,
      },
    });

  it("«Ferdig – neste» with a category chosen saves the category AND marks the input sorted (the lost-choice bug)", async () => {
    const { input } = await pageInput();
    const state = await run("saveTriageInput", {
      inputId: input.id,
      then: "done",
      category: "CHALLENGE",
      topicIds: "",
      planIds: "",
      targetGroupId: "",
      districtId: "",
      status: "RECEIVED",
      publicResponse: "",
      hideReason: "",
      hideNote: "",
    });
    expect(state).toMatchObject({ status: "success", data: { then: "done" } });
    expect(await facts(input.id)).toMatchObject({ category: "CHALLENGE", categorySource: "MANUAL", triagedById: admin, isHidden: false });
    expect((await facts(input.id)).triagedAt).not.toBeNull();
  });

  it("saves category, topics, plans, target group, district, status and response in one transaction with one audit entry", async () => {
    const { input, topic, plan, group, district } = await pageInput();
    const state = await run("saveTriageInput", {
      inputId: input.id,
      then: "save",
      category: "NEED",
      topicIds: ["", topic.id],
      planIds: ["", plan.id],
      targetGroupId: group.id,
      districtId: district.id,
      status: "USED",
      publicResponse: "Tatt med i temaplanen.",
    });
    expect(state.status).toBe("success");
    expect(await facts(input.id)).toMatchObject({
      category: "NEED",
      targetGroupId: group.id,
      districtId: district.id,
      status: "USED",
      publicResponse: "Tatt med i temaplanen.",
      triagedAt: null,
    });
    expect(await tagsOf(input.id)).toEqual([{ tagId: topic.id, source: "MANUAL", setById: admin }]);
    expect(await db.inputThematicPlan.findMany({ where: { inputId: input.id }, select: { thematicPlanId: true, source: true } })).toEqual([
      { thematicPlanId: plan.id, source: "MANUAL" },
    ]);
    const audit = await db.auditLog.findMany({ where: { entityId: input.id, action: "input.triage" }, select: { details: true } });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.details).toMatchObject({ category: "NEED", topicsAdded: 1, plansAdded: 1, status: "USED" });
  });

  it("keeps what is not on the form, and an unchanged category keeps its source; none checked clears a group", async () => {
    const { input, topic, plan } = await pageInput();
    await db.input.update({ where: { id: input.id }, data: { category: "HOPE", categorySource: "SUGGESTION" } });
    await db.inputTag.create({ data: { inputId: input.id, tagId: topic.id, source: "SUGGESTION" } });
    await db.inputThematicPlan.create({ data: { inputId: input.id, thematicPlanId: plan.id, source: "SUGGESTION" } });
    expect((await run("saveTriageInput", { inputId: input.id, then: "done", category: "HOPE" })).status).toBe("success");
    expect(await facts(input.id)).toMatchObject({ category: "HOPE", categorySource: "SUGGESTION" });
    expect(await tagsOf(input.id)).toHaveLength(1);
    expect(await db.inputThematicPlan.count({ where: { inputId: input.id } })).toBe(1);
    expect((await run("saveTriageInput", { inputId: input.id, topicIds: "", planIds: [""] })).status).toBe("success");
    expect(await tagsOf(input.id)).toEqual([]);
    expect(await db.inputThematicPlan.count({ where: { inputId: input.id } })).toBe(0);
  });

  it("hides after saving, with a reason; refuses hiding without one", async () => {
    const { input, topic } = await pageInput();
    expect(await run("saveTriageInput", { inputId: input.id, then: "hide", topicIds: ["", topic.id], hideReason: "" })).toMatchObject({
      status: "error",
      fieldErrors: { hideReason: expect.any(String) },
    });
    expect(await run("saveTriageInput", { inputId: input.id, then: "hide", hideReason: "OTHER", hideNote: "" })).toMatchObject({
      status: "error",
      fieldErrors: { hideNote: expect.any(String) },
    });
    expect(await tagsOf(input.id)).toEqual([]);
    expect((await run("saveTriageInput", { inputId: input.id, then: "hide", topicIds: ["", topic.id], hideReason: "SPAM" })).status).toBe("success");
    expect(await facts(input.id)).toMatchObject({ isHidden: true, hiddenReason: "SPAM" });
    expect(await tagsOf(input.id)).toHaveLength(1);
  });

  it("refuses the whole save when one part is wrong — nothing changes, nothing is marked sorted", async () => {
    const { input, topic } = await pageInput();
    const misfit = await run("saveTriageInput", { inputId: input.id, then: "done", category: "ADVICE", topicIds: ["", topic.id], status: "READ" });
    expect(misfit).toMatchObject({ status: "error", fieldErrors: { category: expect.stringContaining("passer ikke") } });
    for (const bad of [
      { then: "delete" },
      { category: "NONSENSE" },
      { status: "GONE" },
      { status: "NOT_USED", publicResponse: "" },
      { topicIds: ["ikke-en-id"] },
    ]) {
      expect((await run("saveTriageInput", { inputId: input.id, ...bad })).status, JSON.stringify(bad)).toBe("error");
    }
    expect(await facts(input.id)).toMatchObject({ category: null, status: "RECEIVED", triagedAt: null });
    expect(await tagsOf(input.id)).toEqual([]);
    const politician = (await createUser("POLITICIAN")).id;
    expect((await run("saveTriageInput", { inputId: input.id, then: "done", category: "NEED" }, politician)).status).toBe("error");
    expect((await facts(input.id)).triagedAt).toBeNull();
  });

  it("the bulk form's button is parsed: an unknown action is refused", () => {
    expect(bulkKindSchema.safeParse("kategori").success).toBe(true);
    expect(bulkKindSchema.safeParse("slett-alt").success).toBe(false);
    expect(bulkKindSchema.safeParse(undefined).success).toBe(false);
  });
});

describe("marking as triaged and the queue order", () => {
  it("walks the untriaged, visible inputs oldest first, with filters, and 'done' removes one", async () => {
    const p = await makeProcess({ status: "PUBLISHED" });
    const t0 = Date.parse("2020-01-01T10:00:00Z");
    const at = (m: number) => new Date(t0 + m * 60_000);
    const a = await makeInput({ processId: p.id, submittedAt: at(1) });
    const b = await makeInput({ processId: p.id, submittedAt: at(2), category: "NEED" });
    await makeInput({ processId: p.id, submittedAt: at(3), isHidden: true, hiddenReason: "SPAM" });
    const d = await makeInput({ processId: p.id, submittedAt: at(4), channel: "EMAIL" });
    const filter = { prosess: p.id };
    expect((await nextForTriage(filter))?.id).toBe(a.id);
    expect((await nextForTriage({ ...filter, after: a }))?.id).toBe(b.id);
    expect((await nextForTriage({ ...filter, after: b }))?.id).toBe(d.id); // the hidden one is skipped
    expect(await nextForTriage({ ...filter, after: d })).toBeNull();
    expect((await previousForTriage({ ...filter, before: d }))?.id).toBe(b.id);
    expect((await nextForTriage({ ...filter, kategori: "mangler" as const, after: a }))?.id).toBe(d.id);
    expect((await nextForTriage({ ...filter, kanal: "EMAIL" as const }))?.id).toBe(d.id);

    const state = await run("markInputTriaged", { inputId: a.id });
    expect(state).toMatchObject({ status: "success", data: { already: false } });
    const row = await db.input.findUniqueOrThrow({ where: { id: a.id }, select: { triagedAt: true, triagedById: true } });
    expect(row.triagedById).toBe(admin);
    expect((await nextForTriage(filter))?.id).toBe(b.id);
    // Marking again keeps the first time.
    expect(await run("markInputTriaged", { inputId: a.id })).toMatchObject({ status: "success", data: { already: true } });
    expect((await db.input.findUniqueOrThrow({ where: { id: a.id }, select: { triagedAt: true } })).triagedAt).toEqual(row.triagedAt);
  });

  it("plans the queue walk on the partial index input_triage_queue_idx", async () => {
    await db.$executeRawUnsafe("SET enable_seqscan = off");
    const rows = await db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(
      `EXPLAIN SELECT i.id, i.submitted_at FROM input i WHERE i.triaged_at IS NULL AND i.is_hidden = false AND (i.submitted_at, i.id) > (now(), gen_random_uuid()) ORDER BY i.submitted_at, i.id LIMIT 1`,
    );
    await db.$executeRawUnsafe("RESET enable_seqscan");
    expect(rows.map((r) => r["QUERY PLAN"]).join("\n")).toContain("input_triage_queue_idx");
  });
});

describe("bulk actions", () => {
  const many = async (n: number) => {
    const p = await makeProcess({ status: "PUBLISHED" });
    const ids: string[] = [];
    for (let i = 0; i < n; i++) ids.push((await makeInput({ processId: p.id })).id);
    return ids;
  };

  it("changes 200 inputs per action and audits each action once with the count", async () => {
    const ids = await many(200);
    const topic = await makeTopic();
    const plan = await makePlan();
    const before = await db.auditLog.count({ where: { actorId: admin } });
    expect(await run("bulkSetCategory", { inputIds: ids, category: "HOPE" })).toMatchObject({ status: "success", data: { count: 200 } });
    expect(await run("bulkAddTopic", { inputIds: ids, topicId: topic.id })).toMatchObject({ status: "success", data: { count: 200 } });
    expect(await run("bulkAddPlan", { inputIds: ids, planId: plan.id })).toMatchObject({ status: "success", data: { count: 200 } });
    expect(await run("bulkSetStatus", { inputIds: ids, status: "USED" })).toMatchObject({ status: "success", data: { count: 200 } });
    expect(await run("bulkMarkTriaged", { inputIds: ids })).toMatchObject({ status: "success", data: { count: 200 } });
    expect(await db.auditLog.count({ where: { actorId: admin } })).toBe(before + 5);
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: admin }, orderBy: { at: "desc" }, select: { details: true } });
    expect(audit.details).toMatchObject({ bulk: "triaged", count: 200 });
    expect(await db.input.count({ where: { id: { in: ids }, category: "HOPE", categorySource: "MANUAL", status: "USED", triagedById: admin } })).toBe(200);
    expect(await db.inputTag.count({ where: { inputId: { in: ids }, tagId: topic.id, source: "MANUAL", setById: admin } })).toBe(200);
    expect(await db.inputThematicPlan.count({ where: { inputId: { in: ids }, thematicPlanId: plan.id, source: "MANUAL" } })).toBe(200);
    // Adding the same topic again changes nothing and keeps the sources.
    expect(await run("bulkAddTopic", { inputIds: ids, topicId: topic.id })).toMatchObject({ status: "success", data: { count: 0 } });
  });

  it("keeps the source of a tag the input already had", async () => {
    const [x, y] = await many(2);
    const topic = await makeTopic();
    await db.inputTag.create({ data: { inputId: x!, tagId: topic.id, source: "SUGGESTION" } });
    expect(await run("bulkAddTopic", { inputIds: [x, y], topicId: topic.id })).toMatchObject({ status: "success", data: { count: 1 } });
    expect((await tagsOf(x!))[0]?.source).toBe("SUGGESTION");
  });

  it("refuses: nothing selected, a missing input, a misfit category, NOT_USED, a merged topic — changing nothing", async () => {
    const ids = await many(2);
    expect(await run("bulkMarkTriaged", {})).toMatchObject({ status: "error", fieldErrors: { inputIds: "Velg minst ett innspill i listen." } });
    expect(await run("bulkMarkTriaged", { inputIds: [...ids, "00000000-0000-4000-8000-000000000000"] })).toMatchObject({ status: "error" });
    expect(await db.input.count({ where: { id: { in: ids }, triagedAt: { not: null } } })).toBe(0);
    const ideas = await inputInPhase("IDEAS");
    expect(await run("bulkSetCategory", { inputIds: [...ids, ideas.id], category: "NEED" })).toMatchObject({
      status: "error",
      fieldErrors: { category: expect.stringContaining("1 av") },
    });
    expect(await db.input.count({ where: { id: { in: ids }, category: { not: null } } })).toBe(0);
    expect((await run("bulkSetStatus", { inputIds: ids, status: "NOT_USED" })).status).toBe("error");
    const into = await makeTopic();
    const merged = await makeTopic(undefined, { mergedIntoId: into.id });
    expect((await run("bulkAddTopic", { inputIds: ids, topicId: merged.id })).status).toBe("error");
    const politician = (await createUser("POLITICIAN")).id;
    expect((await run("bulkMarkTriaged", { inputIds: ids }, politician)).status).toBe("error");
    expect(await db.inputTag.count({ where: { inputId: { in: ids } } })).toBe(0);
  });
});

describe("topic taxonomy", () => {
  it("creates a topic with a slug from the name and refuses a duplicate name", async () => {
    const name = `Gatelys ${Date.now()}`;
    const state = await run("createTopic", { name, description: "Lys på gater og stier." });
    expect(state).toMatchObject({ status: "success", data: { slug: expect.stringMatching(/^gatelys-/) } });
    expect(await run("createTopic", { name: name.toUpperCase() })).toMatchObject({
      status: "error",
      fieldErrors: { name: expect.stringContaining("finnes allerede") },
    });
    expect(await run("createTopic", { name: "  " })).toMatchObject({ status: "error", fieldErrors: { name: expect.any(String) } });
  });

  it("renaming keeps every tagged input and the slug", async () => {
    const topic = await makeTopic();
    const inputs = [await makeInput(), await makeInput()];
    await db.inputTag.createMany({ data: inputs.map((i) => ({ inputId: i.id, tagId: topic.id, source: "MANUAL" as const })) });
    const name = `Omdøpt ${Date.now()}`;
    expect((await run("updateTopic", { topicId: topic.id, name, description: "Ny beskrivelse" })).status).toBe("success");
    const after = await db.tag.findUniqueOrThrow({ where: { id: topic.id }, select: { name: true, slug: true, description: true } });
    expect(after).toEqual({ name, slug: topic.slug, description: "Ny beskrivelse" });
    expect(await db.inputTag.count({ where: { tagId: topic.id } })).toBe(2);
  });

  it("merging moves every tag to the target (an input with both keeps one), hides the source, resolves its slug", async () => {
    const [a, b] = [await makeTopic(), await makeTopic()];
    const onlyA = await makeInput();
    const both = await makeInput();
    const onlyB = await makeInput();
    await db.inputTag.createMany({
      data: [
        { inputId: onlyA.id, tagId: a.id, source: "SUGGESTION" },
        { inputId: both.id, tagId: a.id, source: "MANUAL" },
        { inputId: both.id, tagId: b.id, source: "IMPORT" },
        { inputId: onlyB.id, tagId: b.id, source: "MANUAL" },
      ],
    });
    const earlier = await makeTopic(undefined, { mergedIntoId: a.id });
    expect(await run("mergeTopics", { topicId: a.id, intoId: b.id })).toMatchObject({ status: "success", data: { inputs: 2, added: 1 } });
    expect(await db.inputTag.count({ where: { tagId: a.id } })).toBe(0);
    expect(
      Object.fromEntries((await db.inputTag.findMany({ where: { tagId: b.id }, select: { inputId: true, source: true } })).map((r) => [r.inputId, r.source])),
    ).toEqual({
      [onlyA.id]: "SUGGESTION",
      [both.id]: "IMPORT",
      [onlyB.id]: "MANUAL",
    });
    expect((await db.tag.findUniqueOrThrow({ where: { id: a.id }, select: { mergedIntoId: true } })).mergedIntoId).toBe(b.id);
    expect((await db.tag.findUniqueOrThrow({ where: { id: earlier.id }, select: { mergedIntoId: true } })).mergedIntoId).toBe(b.id);
    expect((await resolveTopicSlug(a.slug))?.id).toBe(b.id);
    expect((await resolveTopicSlug(earlier.slug))?.id).toBe(b.id);
    // A merged topic is no longer a choice: merging it again or into it is refused.
    expect((await run("mergeTopics", { topicId: a.id, intoId: b.id })).status).toBe("error");
    expect((await run("mergeTopics", { topicId: b.id, intoId: a.id })).status).toBe("error");
    expect(await run("mergeTopics", { topicId: b.id, intoId: b.id })).toMatchObject({ status: "error", fieldErrors: { intoId: expect.any(String) } });
  });

  it("refuses deleting a topic in use (offering merge) and deletes an unused one", async () => {
    const used = await makeTopic();
    await db.inputTag.create({ data: { inputId: (await makeInput()).id, tagId: used.id } });
    expect(await run("deleteTopic", { topicId: used.id })).toMatchObject({ status: "error", message: expect.stringContaining("Slå det sammen") });
    expect(await db.tag.count({ where: { id: used.id } })).toBe(1);
    const unused = await makeTopic();
    expect((await run("deleteTopic", { topicId: unused.id })).status).toBe("success");
    expect(await db.tag.count({ where: { id: unused.id } })).toBe(0);
    const politician = (await createUser("POLITICIAN")).id;
    expect((await run("createTopic", { name: "Ikke lov" }, politician)).status).toBe("error");
  });
});
