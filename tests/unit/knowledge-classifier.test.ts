// The tag classifier behind suggestions (src/features/knowledge/suggestions/classifier):
// it learns, it survives storage, and it gets better as the municipality tags more.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { score, stratifiedFolds } from "@/features/knowledge/suggestions/classifier/evaluate";
import { predict, train, type Sample } from "@/features/knowledge/suggestions/classifier/model";
import { deserializeModel, serializeModel } from "@/features/knowledge/suggestions/classifier/serialize";
import { searchLemmas } from "@/features/knowledge/text/normalize";
import { parseCsvRecords } from "@/lib/csv";

const sample = (text: string, category: string | null, topics: string[], plan: string | null = null): Sample => ({
  text,
  lemmas: searchLemmas(text),
  category,
  topics,
  plan,
});

const TOY: Sample[] = [
  sample("Bussen går for sjelden om kvelden, vi kommer oss ikke hjem.", "CHALLENGE", ["transport"], "ALDERSVENNLIG"),
  sample("Bussene er alltid forsinket og holdeplassen er glatt om vinteren.", "CHALLENGE", ["transport"], "ALDERSVENNLIG"),
  sample("Det er vanskelig å rekke bussen til byen, ruten er lagt ned.", "CHALLENGE", ["transport"], "ALDERSVENNLIG"),
  sample("Vi håper på en ny møteplass for ungdom med musikk og kafé.", "HOPE", ["ungdom", "moteplasser"], "FOLKEHELSE"),
  sample("Jeg håper ungdommen får et eget hus med aktiviteter i helgene.", "HOPE", ["ungdom"], "FOLKEHELSE"),
  sample("Vi drømmer om en ungdomsklubb som er åpen hver fredag.", "HOPE", ["ungdom", "moteplasser"], "FOLKEHELSE"),
  sample("Sykehjemmet har flinke ansatte og god mat, mor trives veldig godt.", "QUALITY", ["helsetjenester"], "ALDERSVENNLIG"),
  sample("Personalet på sykehjemmet er fantastiske og bryr seg om beboerne.", "QUALITY", ["helsetjenester"], "ALDERSVENNLIG"),
  sample("Det er så bra med de faste pleierne på sykehjemmet.", "QUALITY", ["helsetjenester"], "ALDERSVENNLIG"),
];

describe("suggestion classifier", () => {
  it("learns a toy set: category, topics and plan of unseen texts", () => {
    const model = train(TOY);
    const bus = predict(
      model,
      "Bussen kommer for sjelden og det er vanskelig å komme seg til legen.",
      searchLemmas("Bussen kommer for sjelden og det er vanskelig å komme seg til legen."),
    );
    expect(bus.category[0]!.label).toBe("CHALLENGE");
    expect(bus.topics[0]!.label).toBe("transport");
    expect(bus.plan[0]!.label).toBe("ALDERSVENNLIG");
    const youth = "Vi håper ungdommen får en møteplass med kafé.";
    const y = predict(model, youth, searchLemmas(youth));
    expect(y.category[0]!.label).toBe("HOPE");
    expect(y.topics.slice(0, 2).map((t) => t.label)).toContain("ungdom");
    // Confidences are probabilities, best first.
    for (const field of ["category", "plan", "topics"] as const) {
      const c = y[field].map((s) => s.confidence);
      expect(c).toEqual([...c].sort((a, b) => b - a));
      for (const v of c) expect(v).toBeGreaterThanOrEqual(0);
      for (const v of c) expect(v).toBeLessThanOrEqual(1);
    }
    // A distribution over categories (each capped at 99 %: the model is never "certain").
    const sum = y.category.reduce((s, r) => s + r.confidence, 0);
    expect(sum).toBeGreaterThan(0.98);
    expect(sum).toBeLessThanOrEqual(1 + 1e-9);
  });

  it("gives the same suggestions after storing and loading the model", () => {
    const model = train(TOY);
    const bytes = serializeModel(model);
    const loaded = deserializeModel(bytes);
    for (const s of TOY) {
      const a = predict(model, s.text, s.lemmas);
      const b = predict(loaded, s.text, s.lemmas);
      for (const field of ["category", "plan", "topics"] as const) {
        expect(b[field].map((r) => r.label)).toEqual(a[field].map((r) => r.label));
        b[field].forEach((r, i) => expect(r.confidence).toBeCloseTo(a[field][i]!.confidence, 3));
      }
    }
  });

  it("suggests better with more tagged inputs (30 vs 96 rows of the sample, same held-out fold)", () => {
    const file = path.resolve(import.meta.dirname, "../../src/features/demo/data/innspill-eksempel.csv");
    const rows = parseCsvRecords(readFileSync(file, "utf8")).rows.map(({ values: v }) =>
      sample(v.text!, v.insight_category!, v.topics!.split("|"), v.thematic_plan!),
    );
    const folds = stratifiedFolds(rows, 5);
    const heldOut = rows.filter((_, i) => folds[i] === 0);
    const rest = rows.filter((_, i) => folds[i] !== 0);
    expect(rest).toHaveLength(96);
    const quality = (trainRows: Sample[]) => {
      const s = score(train(trainRows), heldOut);
      return (s.category.top1 + s.plan.top1 + s.topics.top3) / 3;
    };
    // Every 3rd row of the 96 keeps a spread over categories and time.
    const few = quality(rest.filter((_, i) => i % 3 === 0).slice(0, 30));
    const many = quality(rest);
    expect(many).toBeGreaterThan(few + 0.05);
  });

  it("starts from the taxonomy: a described topic nobody has tagged yet can be suggested", () => {
    const taxonomy = {
      topics: [
        { label: "transport", slug: "transport", name: "Transport og kollektiv", description: "Buss, tog, veier, parkering og å komme seg fram." },
        { label: "demens", slug: "demens", name: "Demens", description: "Demens, utredning, dagtilbud og hjelp til de som rammes." },
      ],
    };
    const text = "Far har fått demens, og vi venter fortsatt på utredning og et dagtilbud.";
    const withPrior = predict(train(TOY, { taxonomy }), text, searchLemmas(text));
    expect(withPrior.topics.slice(0, 3).map((t) => t.label)).toContain("demens");
    // Without prior knowledge the model only knows the topics people have tagged.
    const without = predict(train(TOY, { taxonomy, prior: false }), text, searchLemmas(text));
    expect(without.topics.map((t) => t.label)).not.toContain("demens");
  });

  it("chooses the blend and the weight of prior knowledge per head from inner folds, and keeps them when stored", () => {
    const model = train(TOY, { taxonomy: { topics: [{ label: "ungdom", slug: "ungdom", name: "Ungdom", description: "Det som gjelder unge spesielt." }] } });
    for (const field of ["category", "plan", "topics"] as const) {
      const head = model.heads[field]!;
      expect([0, 0.25, 0.5, 0.75, 1]).toContain(head.blend);
      if (field === "plan")
        expect(head.priorWeight).toBeUndefined(); // no prior knowledge about plans
      else expect([1, 2, 4]).toContain(head.priorWeight);
    }
    const loaded = deserializeModel(serializeModel(model));
    expect(loaded.heads.topics!.blend).toBe(model.heads.topics!.blend);
    expect(loaded.heads.category!.priorWeight).toBe(model.heads.category!.priorWeight);
  });

  it("trains on a few thousand inputs in seconds", () => {
    const many = Array.from({ length: 3000 }, (_, i) => ({ ...TOY[i % TOY.length]!, text: `${TOY[i % TOY.length]!.text} nummer ${i}` }));
    const started = performance.now();
    train(many);
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});
