// Age bands per form (issue #16 item 15). The admin picks a preset or writes their own bands
// through the gate (validated: format, 0–120, ascending, no overlaps, with the line named in
// Norwegian); the public form offers exactly the form's bands and the input stores the chosen
// band's ages, which later changes to the form never rewrite; labels are made from the numbers
// in nb/nn/en; and the group leader's representativeness counts an input in a population band
// only when its range lies within it, the rest in a visible «spans several bands» row — all
// computed by hand below.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { ageRangeLabel, parseAgeBandLines, POPULATION_BAND_RANGES, POPULATION_BANDS, populationBandOf } from "@/features/forms/age-bands";
import { getPublicForm } from "@/features/forms/queries";
import { dashboardProcess, progressDashboard } from "@/features/group-leader/progress-queries";
import { submitPublicInput } from "@/features/inputs/submit/submit-public-input";
import { representativeness } from "@/features/population/representativeness";
import { runAction } from "@/lib/action";
import { db } from "@/lib/db";
import { translator } from "@/lib/i18n/translator";
import { createUser } from "../support/factories";
import { makeForm } from "../support/fixtures/forms";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});
const run = (name: string, input: Record<string, unknown>) => runAction(COMMANDS[name]!, { userId: admin, input });
const ageField = (form: Awaited<ReturnType<typeof makeForm>>, over: Record<string, unknown>) => ({
  processId: form.processId,
  formId: form.id,
  fieldId: form.fields[1]!.id,
  type: "AGE_BAND",
  labelNb: "Alder",
  ...over,
});
const storedBands = async (fieldId: string) => (await db.formField.findUniqueOrThrow({ where: { id: fieldId }, select: { ageBands: true } })).ageBands;

describe("choosing a form's age bands", () => {
  it("stores a preset's bands, or the admin's own lines in any dash style", async () => {
    const form = await makeForm();
    expect(await run("saveFormField", ageField(form, { agePreset: "youth" }))).toMatchObject({ status: "success" });
    expect(await storedBands(form.fields[1]!.id)).toEqual([
      [13, 15],
      [16, 19],
      [20, 25],
    ]);
    expect(await run("saveFormField", ageField(form, { agePreset: "custom", ageBandsCustom: "0-12\r\n13–17\n 18 - 24 \n\n25+" }))).toMatchObject({
      status: "success",
    });
    expect(await storedBands(form.fields[1]!.id)).toEqual([
      [0, 12],
      [13, 17],
      [18, 24],
      [25, 120],
    ]);
    // The custom lines count only when «Egne aldersgrupper» is chosen.
    expect(await run("saveFormField", ageField(form, { agePreset: "elderly", ageBandsCustom: "rubbish" }))).toMatchObject({ status: "success" });
    expect(await storedBands(form.fields[1]!.id)).toEqual([
      [60, 66],
      [67, 79],
      [80, 120],
    ]);
  });

  it("refuses bands that overlap, go backwards, leave 0–120 or are not ages, naming the line in Norwegian", async () => {
    const form = await makeForm();
    const refused = async (lines: string) => {
      const r = await run("saveFormField", ageField(form, { agePreset: "custom", ageBandsCustom: lines }));
      expect(r.status).toBe("error");
      return r.status === "error" ? r.fieldErrors.ageBandsCustom : undefined;
    };
    expect(await refused("13-15\n15-19")).toBe("Linje 2 overlapper med linje 1. En alder kan bare høre til én gruppe.");
    expect(await refused("20-25\n13-15")).toBe("Linje 2 må stå før linje 1: skriv aldersgruppene fra yngst til eldst.");
    expect(await refused("13-15\n16-130")).toBe("Linje 2: alder må være mellom 0 og 120 år.");
    expect(await refused("19-16\n20-25")).toBe("Linje 1: den laveste alderen må stå først.");
    expect(await refused("unge\n20-25")).toBe("Linje 1: skriv aldersgruppen som for eksempel 13-15 eller 80+.");
    expect(await refused("13-15")).toBe("Skriv minst to aldersgrupper.");
    expect(await storedBands(form.fields[1]!.id)).toBeNull(); // the fixture's field, untouched
    expect(parseAgeBandLines(["0-19", "20-39", "40-66", "67-79", "80+"])).toEqual({
      bands: [
        [0, 19],
        [20, 39],
        [40, 66],
        [67, 79],
        [80, 120],
      ],
    });
  });

  it("labels bands from their numbers in every language", () => {
    const label = (l: "nb" | "nn" | "en", min: number, max: number) => ageRangeLabel((k, v) => translator(l)(`forms.ageRange.${k}`, v), min, max);
    expect([label("nb", 16, 19), label("nb", 0, 19), label("nb", 80, 120), label("nb", 16, 16)]).toEqual([
      "16–19 år",
      "Under 20 år",
      "80 år eller eldre",
      "16 år",
    ]);
    expect([label("nn", 16, 19), label("nn", 80, 120)]).toEqual(["16–19 år", "80 år eller eldre"]);
    expect([label("en", 16, 19), label("en", 0, 12), label("en", 80, 120)]).toEqual(["16–19", "Under 13", "80 or older"]);
  });
});

describe("answering with a form's own bands", () => {
  it("offers exactly the form's bands, stores the chosen ages, and keeps them when the form's bands change", async () => {
    const form = await makeForm(undefined, { published: true });
    expect(await run("saveFormField", ageField(form, { agePreset: "youth" }))).toMatchObject({ status: "success" });
    const pub = (await getPublicForm(form.slug))!;
    const submit = (alder: string) =>
      submitPublicInput(
        pub,
        { idempotencyKey: randomUUID(), innspill: "Vi vil ha et sted å være etter skolen.", alder },
        { clientKey: randomUUID(), locale: "nb" },
      );
    // A band of the default set is not a band of this form.
    expect(await submit("0-19")).toMatchObject({ ok: false, reason: "invalid", issues: [{ field: "alder", message: "validation.choose" }] });
    expect(await submit("AGE_67_79")).toMatchObject({ ok: false, reason: "invalid" });
    const ok = await submit("16-19");
    expect(ok).toMatchObject({ ok: true });
    const code = ok.ok ? ok.receiptCode : "";
    const ages = () => db.input.findUniqueOrThrow({ where: { receiptCode: code }, select: { ageMin: true, ageMax: true } });
    expect(await ages()).toEqual({ ageMin: 16, ageMax: 19 });
    // The form has inputs; its bands may still change, and the stored input keeps 16–19.
    expect(await run("saveFormField", ageField(form, { agePreset: "elderly" }))).toMatchObject({ status: "success" });
    expect(await ages()).toEqual({ ageMin: 16, ageMax: 19 });
    // No age given is stored as no age.
    const none = await submit("");
    expect(none.ok && (await db.input.findUniqueOrThrow({ where: { receiptCode: none.receiptCode }, select: { ageMin: true, ageMax: true } }))).toEqual({
      ageMin: null,
      ageMax: null,
    });
  });

  it("the database refuses an age range that is not one (min above max, above 120, half given)", async () => {
    const form = await makeForm();
    const bad = (ageMin: number | null, ageMax: number | null) =>
      db.input.create({
        data: { processId: form.processId, formId: form.id, text: "x", channel: "FORM", receiptCode: randomUUID().slice(0, 10).toUpperCase(), ageMin, ageMax },
      });
    await expect(bad(19, 16)).rejects.toThrow();
    await expect(bad(80, 121)).rejects.toThrow();
    await expect(bad(16, null)).rejects.toThrow();
  });
});

describe("representativeness with forms' own bands", () => {
  it("counts an input in the population band its range lies within, and the rest in «spans several bands»", async () => {
    const now = new Date();
    const f = await makeDashboardFixture(now);
    const year = 2170 + Math.floor(Math.random() * 25);
    // The municipality: 200 under 20, 300 aged 20–39, 300 aged 40–66, 100 aged 67–79, 100 aged 80+.
    await db.populationFigure.createMany({
      data: (
        [
          ["UNDER_20", 200],
          ["AGE_20_39", 300],
          ["AGE_40_66", 300],
          ["AGE_67_79", 100],
          ["AGE_80_PLUS", 100],
        ] as const
      ).map(([ageBand, persons]) => ({ year, districtId: null, ageBand, persons })),
    });
    const ranges: [number, number][] = [
      [16, 19],
      [13, 15],
      [20, 25],
      [60, 66],
      [80, 120],
      [18, 24],
      [60, 70],
    ];
    for (const [i, [ageMin, ageMax]] of ranges.entries()) {
      await db.input.create({
        data: {
          processId: f.process.id,
          text: `Alder ${i}`,
          channel: "FORM",
          receiptCode: `AB${f.u}${i}`.toUpperCase(),
          ageMin,
          ageMax,
          submittedAt: new Date("2026-11-05T10:00:00Z"),
        },
      });
    }
    // By hand: 16–19 and 13–15 → under 20; 20–25 → 20–39; 60–66 → 40–66; 80+ → 80+; 18–24 and 60–70 span two bands.
    expect(ranges.map(([a, b]) => populationBandOf(a, b))).toEqual(["UNDER_20", "UNDER_20", "AGE_20_39", "AGE_40_66", "AGE_80_PLUS", "SPANS", "SPANS"]);
    const p = (await dashboardProcess(f.process.slug))!;
    const d = await progressDashboard(p, now, { populationYear: year });
    const r = representativeness(d.population.year, d.population.cells, d.population.districts, d.inputs.byDistrict, d.inputs.byAge, (b) => b);
    // The fixture's three visible inputs give no age: unknown 3; known 5; spanning 2.
    expect(r.ages).toMatchObject({ knownInputs: 5, unknownInputs: 3, spanningInputs: 2, population: 1000, source: "municipality" });
    const age = (k: string) => r.ages.rows.find((x) => x.key === k)!;
    expect(age("UNDER_20")).toMatchObject({ population: 200, populationShare: 0.2, inputs: 2, inputShare: 0.4, under: false });
    expect(age("AGE_20_39")).toMatchObject({ population: 300, populationShare: 0.3, inputs: 1, inputShare: 0.2, under: true });
    expect(age("AGE_40_66")).toMatchObject({ inputs: 1, inputShare: 0.2, under: true });
    expect(age("AGE_67_79")).toMatchObject({ population: 100, inputs: 0, inputShare: 0, under: true });
    expect(age("AGE_80_PLUS")).toMatchObject({ population: 100, inputs: 1, inputShare: 0.2, under: false });
    // Nothing is lost: known + unknown + spanning is every visible input.
    expect(r.ages.knownInputs + r.ages.unknownInputs + r.ages.spanningInputs).toBe(
      await db.input.count({ where: { processId: f.process.id, isHidden: false } }),
    );
  });
});

describe("one mapping from an age range to a population band", () => {
  it("population_age_band() in SQL (the dashboard's roll-up counts by it) agrees with populationBandOf for every range, and for no age", async () => {
    const rows = await db.$queryRaw<{ lo: number | null; hi: number | null; band: string | null }[]>`
      SELECT lo, hi, population_age_band(lo, hi) AS band
        FROM generate_series(0, 120) lo CROSS JOIN generate_series(0, 120) hi WHERE lo <= hi
      UNION ALL SELECT NULL, NULL, population_age_band(NULL, NULL)`;
    expect(rows).toHaveLength((121 * 122) / 2 + 1);
    expect(rows.filter((r) => r.band !== populationBandOf(r.lo, r.hi))).toEqual([]);
    // Each population band's own range is that band; one year over its edge spans two.
    for (const b of POPULATION_BANDS) {
      const [lo, hi] = POPULATION_BAND_RANGES[b];
      expect(rows.find((r) => r.lo === lo && r.hi === hi)?.band).toBe(b);
      if (hi < 120) expect(rows.find((r) => r.lo === lo && r.hi === hi + 1)?.band).toBe("SPANS");
    }
  });
});

describe("the migration keeps old inputs' age bands", () => {
  it("maps each value of the old fixed enum to its range (the migration's own UPDATE, rolled back)", async () => {
    const sql = readFileSync("prisma/migrations/20261207210000_form_age_bands/migration.sql", "utf8");
    const update = /UPDATE "input" SET[\s\S]*?;/.exec(sql)![0];
    const form = await makeForm();
    const rollback = new Error("rollback");
    let mapped: { age_band: string; age_min: number; age_max: number }[] = [];
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`ALTER TABLE input DROP CONSTRAINT input_age_range_check, ADD COLUMN age_band "AgeBand"`);
        for (const band of POPULATION_BANDS) {
          await tx.$executeRawUnsafe(
            `INSERT INTO input (process_id, form_id, text, channel, receipt_code, age_band, updated_at) VALUES ($1::uuid, $2::uuid, 'x', 'FORM', $3, $4::"AgeBand", now())`,
            form.processId,
            form.id,
            `MIG${band}${form.id.slice(0, 6)}`,
            band,
          );
        }
        await tx.$executeRawUnsafe(update);
        mapped = await tx.$queryRawUnsafe(`SELECT age_band::text, age_min, age_max FROM input WHERE form_id = $1::uuid ORDER BY age_min`, form.id);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(mapped.map((m) => [m.age_band, m.age_min, m.age_max])).toEqual(POPULATION_BANDS.map((b) => [b, ...POPULATION_BAND_RANGES[b]]));
  });
});
