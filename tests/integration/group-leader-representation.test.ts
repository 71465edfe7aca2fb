// Representativeness on the group leaders' dashboard (issue #17 §1): population figures imported
// through the gate from an SSB-layout CSV (administration only, audited, replacing the year),
// then each district's and age band's share of the inputs against its share of the population,
// computed by hand on the dashboard fixture plus a second district; inputs without district or
// age band are counted, not dropped; and the counts agree with the dashboard's own totals.
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { dashboardProcess, progressDashboard } from "@/features/group-leader/progress-queries";
import { checkPopulationCommand } from "@/features/population/commands";
import { representativeness } from "@/features/population/representativeness";
import { runAction } from "@/lib/action";
import { getDb } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

const db = getDb();
const YEAR = 2150;
const now = new Date();
let f: Awaited<ReturnType<typeof makeDashboardFixture>>;
let e = { id: "", name: "" };
let admin = "";
let leader = "";
beforeAll(async () => {
  f = await makeDashboardFixture(now);
  e = await db.district.create({ data: { slug: `e-${f.u}`, name: `Bydel E ${f.u}` }, select: { id: true, name: true } });
  const input = (text: string, data: Record<string, unknown>) =>
    db.input.create({
      data: {
        processId: f.process.id,
        text,
        receiptCode: `RP${f.u}${text.length}${Math.random().toString(36).slice(2, 6)}`.toUpperCase(),
        submittedAt: new Date("2026-11-05T10:00:00Z"),
        channel: "FORM",
        ...data,
      },
    });
  await input("Fra E, ung voksen.", { districtId: e.id, ageMin: 20, ageMax: 39 });
  await input("Fra E, middelaldrende.", { districtId: e.id, ageMin: 40, ageMax: 66 });
  await input("Uten bydel, middelaldrende.", { ageMin: 40, ageMax: 66 });
  admin = (await createUser("ADMIN")).id;
  leader = (await createUser("GROUP_LEADER")).id;
});

const csv = (lines: string[]) => ['"07459: Befolkning, etter region, alder og år"', "", '"region";"alder";"år";"Personer"', ...lines].join("\r\n");
const importCsv = (userId: string, file: string) => runAction(COMMANDS.importPopulationCsv!, { userId, input: { file, year: "" } });

async function dashboard() {
  const p = (await dashboardProcess(f.process.slug))!;
  const d = await progressDashboard(p, now, { populationYear: YEAR });
  return { d, r: representativeness(d.population.year, d.population.cells, d.population.districts, d.inputs.byDistrict, d.inputs.byAge, (b) => b) };
}

describe("population figures", () => {
  it("only the administration imports them; the import is audited and replaces the year", async () => {
    const districtName = `Bydel ${f.u}`;
    // A first file for the year, then the real one: the first one's rows are gone afterwards.
    expect((await importCsv(admin, csv([`"${districtName}";"0 år";"${YEAR}";999`]))).status).toBe("success");
    const file = csv([`"${districtName}";"0 år";"${YEAR}";300`, `"${districtName}";"30 år";"${YEAR}";300`, `"${e.name}";"50 år";"${YEAR}";400`]);
    expect(await importCsv(leader, file)).toMatchObject({ status: "error" });
    expect(await importCsv(admin, file)).toMatchObject({ status: "success", data: { years: [YEAR], rows: 3, districts: 2, persons: 1000 } });
    expect(await db.populationFigure.aggregate({ where: { year: YEAR }, _sum: { persons: true } })).toMatchObject({ _sum: { persons: 1000 } });
    expect(await db.auditLog.count({ where: { entityType: "population", action: "population.manage", actorId: admin } })).toBe(2);
    // A bad file is refused whole, through the check command, with its line.
    const bad = csv([`"Ukjent sted";"0 år";"${YEAR}";1`]);
    expect(await runAction(checkPopulationCommand, { userId: leader, input: { file: bad } })).toMatchObject({
      status: "error",
      message: "Du har ikke tilgang til å gjøre dette.",
    });
    const check = await runAction(checkPopulationCommand, { userId: admin, input: { file: bad } });
    expect(check).toMatchObject({
      status: "success",
      data: { ok: false, problems: [{ key: "population.import.errors.region", values: { line: 4, value: "Ukjent sted" } }] },
    });
  });

  it("sets input shares against population shares, marks the under-represented and counts the unknown", async () => {
    const { d, r } = await dashboard();
    expect(r.year).toBe(YEAR);
    // Visible inputs: i1 in D (no age), i2 and i3 with neither, e1 E/20–39, e2 E/40–66, e3 no district/40–66.
    expect(r.districts).toMatchObject({ knownInputs: 3, unknownInputs: 3, population: 1000, thin: true });
    expect(r.districts.rows).toHaveLength(2);
    expect(r.districts.rows.find((x) => x.key === f.district.id)).toMatchObject({
      population: 600,
      populationShare: 0.6,
      inputs: 1,
      inputShare: 1 / 3,
      under: true,
    });
    expect(r.districts.rows.find((x) => x.key === e.id)).toMatchObject({ population: 400, populationShare: 0.4, inputs: 2, inputShare: 2 / 3, under: false });
    expect(r.ages).toMatchObject({ knownInputs: 3, unknownInputs: 3, source: "districts" });
    const age = (k: string) => r.ages.rows.find((x) => x.key === k)!;
    expect(age("UNDER_20")).toMatchObject({ population: 300, populationShare: 0.3, inputs: 0, inputShare: 0, under: true });
    expect(age("AGE_20_39")).toMatchObject({ population: 300, inputs: 1, under: false });
    expect(age("AGE_40_66")).toMatchObject({ population: 400, inputs: 2, inputShare: 2 / 3, under: false });
    expect(age("AGE_80_PLUS")).toMatchObject({ population: 0, populationShare: 0, inputs: 0, under: false });
    // Counted two ways: known + unknown is the dashboard's own input total, and a direct count.
    expect(r.districts.knownInputs + r.districts.unknownInputs).toBe(d.inputs.work.total);
    expect(r.ages.knownInputs + r.ages.unknownInputs).toBe(await db.input.count({ where: { processId: f.process.id, isHidden: false } }));
  });

  it("takes age shares from the municipality's own rows when the year has them", async () => {
    const file = csv([`"${e.name}";"50 år";"${YEAR + 1}";400`, `"3301 Drammen";"10 år";"${YEAR + 1}";250`, `"3301 Drammen";"45 år";"${YEAR + 1}";750`]);
    expect((await importCsv(admin, file)).status).toBe("success");
    const p = (await dashboardProcess(f.process.slug))!;
    const d = await progressDashboard(p, now, { populationYear: YEAR + 1 });
    const r = representativeness(d.population.year, d.population.cells, d.population.districts, d.inputs.byDistrict, d.inputs.byAge, (b) => b);
    expect(r.ages.source).toBe("municipality");
    expect(r.ages.rows.find((x) => x.key === "UNDER_20")).toMatchObject({ population: 250, populationShare: 0.25 });
    // The district table only has E's figure; D's input still shows, with no population figure.
    expect(r.districts.rows.find((x) => x.key === f.district.id)).toMatchObject({ population: 0, populationShare: 0, inputs: 1 });
  });

  it("an administrator types a year's figures; a bad cell is refused at its field", async () => {
    const cell = `n_${e.id}_AGE_40_66`;
    const bad = await runAction(COMMANDS.savePopulation!, { userId: admin, input: { year: String(YEAR + 2), [cell]: "mange" } });
    expect(bad).toMatchObject({ status: "error", fieldErrors: { [cell]: "Skriv et helt antall personer, eller la feltet stå tomt." } });
    const ok = await runAction(COMMANDS.savePopulation!, {
      userId: admin,
      input: { year: String(YEAR + 2), [cell]: "1 200", [`n_kommune_UNDER_20`]: "", [`n_${e.id}_UNDER_20`]: "0" },
    });
    expect(ok).toMatchObject({ status: "success", data: { year: YEAR + 2, rows: 2 } });
    expect(await db.populationFigure.findMany({ where: { year: YEAR + 2 }, select: { ageBand: true, persons: true }, orderBy: { persons: "asc" } })).toEqual([
      { ageBand: "UNDER_20", persons: 0 },
      { ageBand: "AGE_40_66", persons: 1200 },
    ]);
    expect((await runAction(COMMANDS.savePopulation!, { userId: leader, input: { year: "2030" } })).status).toBe("error");
  });
});
