// Tag suggestions against a real database: a model trained from tagged inputs and stored,
// suggestions for unset fields only, accepting (source SUGGESTION, who) and rejecting (never
// suggested again) through the gate, and when the model retrains itself.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { suggestionsFor } from "@/features/knowledge/suggestions/suggestions-for";
import { RETRAIN_AFTER_TAGS, retrainIfDue, tagsSinceLastModel, trainAndStoreModel } from "@/features/knowledge/suggestions/train-model";
import { planKey } from "@/features/knowledge/suggestions/training-data";
import { searchLemmas } from "@/features/knowledge/text/normalize";
import type { InputCategory } from "@/generated/prisma/enums";
import { runAction } from "@/lib/action";
import { parseCsvRecords } from "@/lib/csv";
import { db } from "@/lib/db";
import { generateReceiptCode } from "@/lib/receipt-code";
import { createUser } from "../support/factories";
import { makeProcess } from "../support/fixtures/processes";

const CATEGORY: Record<string, InputCategory> = { KVALITET: "QUALITY", EKSISTERENDE: "EXISTING", UTFORDRING: "CHALLENGE", BEHOV: "NEED", HAAP: "HOPE" };
const csv = parseCsvRecords(readFileSync(path.resolve(import.meta.dirname, "../../src/features/demo/data/innspill-eksempel.csv"), "utf8")).rows.map(
  (r) => r.values,
);

let admin = "";
let processId = "";
const tagIds = new Map<string, string>();
const planIds = new Map<string, string>();

async function newInput(text: string, data: { category?: InputCategory; categorySource?: "IMPORT" | "MANUAL" } = {}) {
  return db.input.create({
    data: { processId, text, searchLemmas: searchLemmas(text), channel: "FORM", receiptCode: generateReceiptCode(), ...data },
    select: { id: true },
  });
}

beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
  processId = (await makeProcess({ status: "PUBLISHED" })).id;
  for (const slug of new Set(csv.flatMap((r) => r.topics!.split("|")))) {
    tagIds.set(slug, (await db.tag.create({ data: { slug, name: `Emne ${slug}` }, select: { id: true } })).id);
  }
  for (const slug of ["aldersvennlig", "folkehelse"]) {
    planIds.set(slug, (await db.thematicPlan.create({ data: { slug: `${slug}-t`, name: `Temaplan ${slug}` }, select: { id: true } })).id);
  }
  // The sample's first 100 rows, tagged as people (an import) tagged them.
  for (const r of csv.slice(0, 100)) {
    const input = await newInput(r.text!, { category: CATEGORY[r.insight_category!], categorySource: "IMPORT" });
    await db.inputTag.createMany({ data: r.topics!.split("|").map((slug) => ({ inputId: input.id, tagId: tagIds.get(slug)!, source: "IMPORT" as const })) });
    const plans = r.thematic_plan === "BEGGE" ? ["aldersvennlig", "folkehelse"] : [r.thematic_plan!.toLowerCase()];
    await db.inputThematicPlan.createMany({ data: plans.map((p) => ({ inputId: input.id, thematicPlanId: planIds.get(p)!, source: "IMPORT" as const })) });
  }
});

const accept = (input: Record<string, unknown>, userId = admin) => runAction(COMMANDS.acceptSuggestion!, { userId, input });
const reject = (input: Record<string, unknown>, userId = admin) => runAction(COMMANDS.rejectSuggestion!, { userId, input });
const BUS = "Bussen til Konnerud går altfor sjelden om kvelden, og for oss eldre er det vanskelig å komme hjem fra byen.";

describe("training", () => {
  it("stores a model with its sample count and cross-validated figures, and keeps only the newest few", async () => {
    expect(await suggestionsFor([(await newInput(BUS)).id])).toEqual(new Map()); // no model yet: nothing to suggest
    const result = await trainAndStoreModel({ trainedById: admin });
    if (typeof result === "string") throw new Error(result);
    expect(result.sampleCount).toBe(100);
    const row = await db.suggestionModel.findUniqueOrThrow({
      where: { id: result.id },
      select: { sampleCount: true, metrics: true, trainedById: true, modelData: true },
    });
    expect(row).toMatchObject({ sampleCount: 100, trainedById: admin });
    const metrics = row.metrics as { cv: Record<string, { n: number; top1: number; top3: number }> };
    for (const f of ["category", "plan", "topics"]) {
      expect(metrics.cv[f]!.n).toBe(100);
      expect(metrics.cv[f]!.top1).toBeGreaterThan(0.3); // far above chance (20 % / 33 % / 4 %)
    }
    expect(row.modelData.length).toBeLessThan(2_000_000);
    // Older models pile up; a new training keeps the newest three.
    for (let days = 1; days <= 3; days++) {
      await db.suggestionModel.create({ data: { trainedAt: new Date(Date.now() - days * 86_400_000), sampleCount: 1, modelData: row.modelData } });
    }
    const again = await trainAndStoreModel();
    if (typeof again === "string") throw new Error(again);
    const kept = await db.suggestionModel.findMany({ orderBy: { trainedAt: "desc" }, select: { id: true } });
    expect(kept.map((k) => k.id)).toEqual([again.id, result.id, expect.any(String)]);
  }, 120_000);

  it("never runs two trainings at once (the other one leaves)", async () => {
    const before = await db.suggestionModel.count();
    const inner = await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(8042025)`;
      return trainAndStoreModel();
    });
    expect(inner).toBe("busy");
    expect(await db.suggestionModel.count()).toBe(before);
  });
});

describe("suggestions", () => {
  it("suggests a category, topics and plans with confidences, best first, for an untagged input", async () => {
    const input = await newInput(BUS);
    const s = (await suggestionsFor([input.id])).get(input.id)!;
    expect(s.category[0]).toMatchObject({ value: "CHALLENGE", label: "Utfordringer, bekymringer" });
    expect(s.topics.map((t) => t.value)).toContain(tagIds.get("transport"));
    expect(s.topics.find((t) => t.value === tagIds.get("transport"))!.label).toBe("Emne transport");
    expect(s.plans[0]!.value).toBe(planIds.get("aldersvennlig"));
    for (const list of [s.category, s.topics, s.plans]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.map((x) => x.confidence)).toEqual([...list.map((x) => x.confidence)].sort((a, b) => b - a));
    }
  });

  it("only suggests fields that are not set yet", async () => {
    const input = await newInput(BUS, { category: "NEED", categorySource: "MANUAL" });
    await db.inputTag.create({ data: { inputId: input.id, tagId: tagIds.get("bolig")!, source: "MANUAL" } });
    const s = (await suggestionsFor([input.id])).get(input.id)!;
    expect(s.category).toEqual([]);
    expect(s.topics).toEqual([]);
    expect(s.plans.length).toBeGreaterThan(0);
    const done = await newInput("Helt ferdig merket.", { category: "HOPE", categorySource: "MANUAL" });
    await db.inputTag.create({ data: { inputId: done.id, tagId: tagIds.get("bolig")!, source: "MANUAL" } });
    await db.inputThematicPlan.create({ data: { inputId: done.id, thematicPlanId: planIds.get("folkehelse")!, source: "MANUAL" } });
    expect((await suggestionsFor([done.id])).has(done.id)).toBe(false);
  });

  it("accepting sets the value with source SUGGESTION and who set it", async () => {
    const input = await newInput(BUS);
    const s = (await suggestionsFor([input.id])).get(input.id)!;
    expect(await accept({ inputId: input.id, field: "category", value: s.category[0]!.value })).toMatchObject({ status: "success" });
    expect(await accept({ inputId: input.id, field: "topic", value: s.topics[0]!.value })).toMatchObject({ status: "success" });
    expect(await accept({ inputId: input.id, field: "plan", value: s.plans[0]!.value })).toMatchObject({ status: "success" });
    const row = await db.input.findUniqueOrThrow({
      where: { id: input.id },
      select: {
        category: true,
        categorySource: true,
        tags: { select: { tagId: true, source: true, setById: true } },
        thematicPlans: { select: { thematicPlanId: true, source: true } },
      },
    });
    expect(row.category).toBe(s.category[0]!.value);
    expect(row.categorySource).toBe("SUGGESTION");
    expect(row.tags).toEqual([{ tagId: s.topics[0]!.value, source: "SUGGESTION", setById: admin }]);
    expect(planKey(row.thematicPlans.map((p) => p.thematicPlanId))).toBe(s.plans[0]!.value);
    expect(row.thematicPlans.every((p) => p.source === "SUGGESTION")).toBe(true);
    // Nothing left to suggest, and the decisions are on record and audited.
    expect((await suggestionsFor([input.id])).has(input.id)).toBe(false);
    expect(await db.suggestionDecision.count({ where: { inputId: input.id, decision: "ACCEPTED", decidedById: admin } })).toBe(3);
    expect(await db.auditLog.count({ where: { entityId: input.id, action: "input.triage" } })).toBe(3);
  });

  it("refuses to overwrite a category someone set meanwhile", async () => {
    const input = await newInput(BUS, { category: "HOPE", categorySource: "MANUAL" });
    const state = await accept({ inputId: input.id, field: "category", value: "CHALLENGE" });
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("allerede fått en kategori") });
    expect((await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { category: true } })).category).toBe("HOPE");
  });

  it("a rejected suggestion is not suggested again for that input (but still for others)", async () => {
    const [a, b] = [await newInput(BUS), await newInput(BUS)];
    const first = (await suggestionsFor([a.id])).get(a.id)!;
    const topic = first.topics[0]!.value;
    expect(await reject({ inputId: a.id, field: "topic", value: topic })).toMatchObject({ status: "success" });
    expect(await reject({ inputId: a.id, field: "category", value: first.category[0]!.value })).toMatchObject({ status: "success" });
    const after = await suggestionsFor([a.id, b.id]);
    expect(after.get(a.id)!.topics.map((t) => t.value)).not.toContain(topic);
    expect(after.get(a.id)!.category.map((c) => c.value)).not.toContain(first.category[0]!.value);
    expect(after.get(b.id)!.topics[0]!.value).toBe(topic);
    expect(await db.inputTag.count({ where: { inputId: a.id } })).toBe(0);
  });

  it("accept all takes the shown best suggestion of each unset field in one step", async () => {
    const input = await newInput(BUS);
    const s = (await suggestionsFor([input.id])).get(input.id)!;
    const state = await runAction(COMMANDS.acceptAllSuggestions!, {
      userId: admin,
      input: { inputId: input.id, category: s.category[0]!.value, topic: s.topics[0]!.value, plan: s.plans[0]!.value },
    });
    expect(state).toMatchObject({ status: "success" });
    const row = await db.input.findUniqueOrThrow({
      where: { id: input.id },
      select: { categorySource: true, _count: { select: { tags: true, thematicPlans: true } } },
    });
    expect(row.categorySource).toBe("SUGGESTION");
    expect(row._count.tags).toBe(1);
    expect(row._count.thematicPlans).toBeGreaterThan(0);
  });

  it("politicians and group leaders can neither accept nor reject", async () => {
    const input = await newInput(BUS);
    for (const role of ["POLITICIAN", "GROUP_LEADER"] as const) {
      const user = (await createUser(role)).id;
      expect(await accept({ inputId: input.id, field: "category", value: "NEED" }, user)).toMatchObject({
        status: "error",
        message: "Du har ikke tilgang til å gjøre dette.",
      });
      expect(await reject({ inputId: input.id, field: "category", value: "NEED" }, user)).toMatchObject({ status: "error" });
    }
    expect((await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { category: true } })).category).toBeNull();
    expect(await db.suggestionDecision.count({ where: { inputId: input.id } })).toBe(0);
  });

  it("refuses a value that is not a category and a returnTo outside the administration", async () => {
    const input = await newInput(BUS);
    expect(await accept({ inputId: input.id, field: "category", value: "SPAM" })).toMatchObject({ status: "error" });
    expect(await accept({ inputId: input.id, field: "category", value: "NEED", returnTo: "https://evil.example/" })).toMatchObject({ status: "error" });
  });
});

describe("retraining in the background", () => {
  it("retrains only after enough new tags by people since the last model", { timeout: 120_000 }, async () => {
    await trainAndStoreModel();
    const newest = async () => (await db.suggestionModel.findFirstOrThrow({ orderBy: { trainedAt: "desc" }, select: { id: true } })).id;
    const before = await newest();
    expect(await tagsSinceLastModel()).toBe(0);
    await retrainIfDue();
    expect(await newest()).toBe(before); // nothing new: no training
    for (let i = 0; i < RETRAIN_AFTER_TAGS; i++) {
      const input = await newInput(`Nytt innspill ${i} om bussen og trikken.`);
      await db.inputTag.create({ data: { inputId: input.id, tagId: tagIds.get("transport")!, source: "MANUAL", setById: admin } });
    }
    expect(await tagsSinceLastModel()).toBe(RETRAIN_AFTER_TAGS);
    await retrainIfDue();
    const after = await newest();
    expect(after).not.toBe(before);
    expect((await db.suggestionModel.findUniqueOrThrow({ where: { id: after }, select: { sampleCount: true, trainedById: true } })).trainedById).toBeNull();
  });
});
