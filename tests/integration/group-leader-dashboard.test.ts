// The group leaders' progress dashboard (issue #17 §1) on a fixed small data set with every
// figure computed by hand, and the number of queries constant in the data size.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { populationBandOf } from "@/features/forms/age-bands";
import { councilCase } from "@/features/group-leader/case/council-case";
import { compareMethods, sortMethods } from "@/features/group-leader/methods/comparison-queries";
import { methodFilterSchema } from "@/features/group-leader/methods/filters";
import { dashboardProcess, fillWeeks, nextDecision, progressDashboard } from "@/features/group-leader/progress-queries";
import { representativeness } from "@/features/population/representativeness";
import { PrismaClient } from "@/generated/prisma/client";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

// Every query the app sends, counted through Prisma's query event on the client `db` uses.
let queries = 0;
const client = new PrismaClient({
  adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }),
  log: [{ emit: "event", level: "query" }],
  omit: { user: { passwordHash: true } },
});
client.$on("query", () => void queries++);
(globalThis as { medvirkDb?: unknown }).medvirkDb = client;

const now = new Date();
let f: Awaited<ReturnType<typeof makeDashboardFixture>>;
beforeAll(async () => {
  f = await makeDashboardFixture(now);
});

async function load() {
  const p = (await dashboardProcess(f.process.slug))!;
  return { p, d: await progressDashboard(p, now) };
}

describe("progress dashboard", () => {
  it("counts participation per party: signed up, took part, evaluated, and who has not taken part", async () => {
    const { d } = await load();
    const party = (id: string) => d.participation.parties.find((p) => p.partyId === id)!;
    // a1 took part and evaluated; a2 signed up for a planned activity only.
    expect(party(f.partyA.id)).toMatchObject({ representatives: 2, signedUp: 2, tookPart: 1, evaluated: 1 });
    expect(party(f.partyA.id).notYet.map((p) => p.name)).toEqual([`Arne ${f.u}`]);
    // b1 is a group leader who took part; b2's only place is on a cancelled activity; b3 is deactivated.
    expect(party(f.partyB.id)).toMatchObject({ representatives: 2, signedUp: 1, tookPart: 1, evaluated: 0 });
    expect(party(f.partyB.id).notYet.map((p) => p.name)).toEqual([`Bjørn ${f.u}`]);
    expect(d.participation.rule).toBe("EVERYONE");
  });

  it("counts activities per method as held, planned and cancelled", async () => {
    const { d } = await load();
    const m = (id: string) => d.methods.find((r) => r.method_id === id);
    expect(m(f.methods.M1.id)).toMatchObject({ held: 2, planned: 0, cancelled: 0 });
    expect(m(f.methods.M2.id)).toMatchObject({ held: 0, planned: 1, cancelled: 1 });
  });

  it("counts visible inputs per week (gaps as 0), channel, category, district, plan, and the work done", async () => {
    const { d } = await load();
    expect(d.inputs.perWeek).toEqual([
      { week: "2026-11-02", n: 2 },
      { week: "2026-11-09", n: 0 },
      { week: "2026-11-16", n: 1 },
    ]);
    expect(d.inputs.byChannel).toEqual([
      { key: "FORM", n: 2 },
      { key: "ACTIVITY", n: 1 },
    ]);
    expect(d.inputs.byCategory).toEqual(
      expect.arrayContaining([
        { key: "NEED", n: 1 },
        { key: "HOPE", n: 1 },
        { key: null, n: 1 },
      ]),
    );
    expect(d.inputs.byCategory).toHaveLength(3);
    expect(d.inputs.byDistrict).toEqual([
      { key: null, name: null, n: 2 },
      { key: f.district.id, name: expect.stringContaining("Bydel"), n: 1 },
    ]);
    expect(d.inputs.byPlan.map((p) => [p.id, p.n])).toEqual(
      expect.arrayContaining([
        [f.plan1.id, 1],
        [f.plan2.id, 0],
      ]),
    );
    expect(d.inputs.work).toEqual({ total: 3, triaged: 1, tagged: 1, answered: 1 });
  });

  it("puts every target group on the matrix with planned/held activities, evaluations saying reached and inputs, and flags", async () => {
    const { d } = await load();
    const g = (id: string) => d.coverage.find((c) => c.id === id)!;
    // G1 Bruk mest ressurser her: H1 held, a1 said reached, two inputs.
    expect(g(f.groups.G1.id)).toMatchObject({ planned: 0, held: 1, reached: 1, inputs: 2, flag: null });
    // G2 Prioritet: only the planned P1 (C1 is cancelled), the one input from it is hidden: not reached.
    expect(g(f.groups.G2.id)).toMatchObject({ planned: 1, held: 0, reached: 0, inputs: 0, flag: "NOT_REACHED" });
    // G3 Ikke bruk energi: H1, H2 held and P1 planned: three activities.
    expect(g(f.groups.G3.id)).toMatchObject({ planned: 1, held: 2, reached: 0, inputs: 0, flag: "TOO_MUCH_ENERGY" });
    // G4 God ressurs: nothing, but not a prioritised group.
    expect(g(f.groups.G4.id)).toMatchObject({ planned: 0, held: 0, reached: 0, inputs: 0, flag: null });
  });

  it("finds the next decision point and the days left", async () => {
    const { p } = await load();
    expect(nextDecision(p.milestones, now)).toMatchObject({ title: "Gruppeledermøte", daysLeft: 12, decision: "Hvilke målgrupper er viktigst?" });
    expect(nextDecision(p.milestones, new Date(now.getTime() + 100 * 86_400_000))).toBeNull();
  });

  it("«Kort fortalt» names the three methods with the most inputs per politician-hour as the comparison and the case do", async () => {
    const { p, d } = await load();
    const compared = sortMethods(await compareMethods(methodFilterSchema.parse({}), p.id, now), "inputsPerHour", "desc").filter(
      (m) => m.inputsPerHour !== null,
    );
    expect(compared.length).toBeGreaterThan(0);
    expect(d.bestPerHour.map((m) => m.name)).toEqual(compared.slice(0, 3).map((m) => m.name));
    d.bestPerHour.forEach((m, i) => expect(m.inputsPerHour).toBeCloseTo(compared[i]!.inputsPerHour!, 6));
    const c = await councilCase(p, { now, baseUrl: "http://localhost" });
    const methods = c.sections.find((s) => s.id === "metoder")!.paragraphs[0]!;
    for (const m of d.bestPerHour) expect(methods).toContain(m.name);
  });

  it("fills weeks without inputs", () => {
    expect(fillWeeks([])).toEqual([]);
    expect(
      fillWeeks([
        { week: new Date("2026-12-28"), n: 1 },
        { week: new Date("2027-01-11"), n: 3 },
      ]).map((w) => w.n),
    ).toEqual([1, 0, 3]);
  });

  it("sends the same number of queries whatever the amount of data", async () => {
    queries = 0;
    await load();
    const small = queries;
    expect(small).toBeGreaterThan(0);
    // Ten times the target groups, activities, sign-ups and inputs.
    const methodId = f.methods.M1.id;
    for (let i = 0; i < 10; i++) {
      const group = await client.targetGroup.create({
        data: { processId: f.process.id, name: `Ekstra ${i}`, importance: "IMPORTANT", difficulty: "MEDIUM" },
        select: { id: true },
      });
      await client.activity.create({
        data: {
          processId: f.process.id,
          methodId,
          title: `Ekstra ${i}`,
          startsAt: new Date(now.getTime() - 5 * 86_400_000),
          endsAt: new Date(now.getTime() - 4 * 86_400_000),
          status: "DONE",
          targetGroups: { create: [{ targetGroupId: group.id }] },
        },
      });
      await client.input.createMany({
        data: Array.from({ length: 10 }, (_, k) => ({
          processId: f.process.id,
          text: `Ekstra ${i}-${k}`,
          receiptCode: `X${i}K${k}${f.u}`.toUpperCase(),
          channel: "EMAIL" as const,
          targetGroupId: group.id,
          submittedAt: new Date(Date.UTC(2026, 9, 1 + i * 3)),
        })),
      });
    }
    queries = 0;
    const { d } = await load();
    expect(queries).toBe(small);
    expect(d.coverage).toHaveLength(14);
  });

  it("reads its input counts from roll-ups that follow every change (hide, triage, answer, age range, date, tags, delete), also after folding", async () => {
    // The live counts, straight from the inputs, as the dashboard used to compute them; the age
    // ranges mapped to population bands in TypeScript (populationBandOf), not by the SQL
    // function the roll-up uses, so the two ways must agree.
    const live = async () => {
      const pid = f.process.id;
      const [work] = await client.$queryRaw<{ total: number; triaged: number; tagged: number; answered: number }[]>`
        SELECT count(*)::int AS total, count(*) FILTER (WHERE i.triaged_at IS NOT NULL)::int AS triaged,
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM input_tag t WHERE t.input_id = i.id))::int AS tagged,
               count(*) FILTER (WHERE i.public_response <> '')::int AS answered
          FROM input i WHERE i.process_id = ${pid}::uuid AND NOT i.is_hidden`;
      const weeks = await client.$queryRaw<{ week: Date; n: number }[]>`
        SELECT date_trunc('week', i.submitted_at AT TIME ZONE 'Europe/Oslo')::date AS week, count(*)::int AS n
          FROM input i WHERE i.process_id = ${pid}::uuid AND NOT i.is_hidden GROUP BY 1 ORDER BY 1`;
      const ages: Record<string, number> = {};
      for (const i of await client.input.findMany({ where: { processId: pid, isHidden: false }, select: { ageMin: true, ageMax: true } })) {
        const key = populationBandOf(i.ageMin, i.ageMax) ?? "none";
        ages[key] = (ages[key] ?? 0) + 1;
      }
      const groups = await client.$queryRaw<{ key: string; n: number }[]>`
        SELECT i.target_group_id::text AS key, count(*)::int AS n FROM input i WHERE i.process_id = ${pid}::uuid AND NOT i.is_hidden AND i.target_group_id IS NOT NULL GROUP BY 1`;
      return { work, weeks: fillWeeks(weeks), ages, spanning: ages.SPANS ?? 0, groups: Object.fromEntries(groups.map((r) => [r.key, r.n])) };
    };
    const shown = async () => {
      const { d } = await load();
      return {
        work: d.inputs.work,
        weeks: d.inputs.perWeek,
        ages: Object.fromEntries(d.inputs.byAge.map((r) => [r.key ?? "none", r.n])),
        // What «Hvem hører vi fra?» and the case show as «spenner over flere aldersgrupper».
        spanning: representativeness(d.population.year, d.population.cells, d.population.districts, d.inputs.byDistrict, d.inputs.byAge, (b) => b).ages
          .spanningInputs,
        groups: Object.fromEntries(d.coverage.filter((g) => g.inputs > 0).map((g) => [g.id, g.inputs])),
      };
    };
    expect(await shown()).toEqual(await live());

    const group = await client.targetGroup.findFirstOrThrow({ where: { processId: f.process.id }, select: { id: true } });
    // Forms' own bands: within a population band (20–39, 20–25, 16–19, 80+, 40–66) or across two (18–24).
    const ranges = [
      [20, 39],
      [20, 25],
      [18, 24],
      [16, 19],
      [80, 120],
      [40, 66],
    ] as const;
    await client.input.createMany({
      data: ranges.map(([ageMin, ageMax], k) => ({
        processId: f.process.id,
        text: `Rull ${k}`,
        receiptCode: `R${k}U${f.u}`.toUpperCase(),
        channel: "FORM" as const,
        ageMin,
        ageMax,
        targetGroupId: group.id,
        submittedAt: new Date(Date.UTC(2026, 9, 1 + k)),
      })),
    });
    const before = await shown();
    expect(before).toEqual(await live());
    expect(before.spanning).toBe(1);
    expect(before.ages.AGE_20_39).toBeGreaterThanOrEqual(2);
    const inputs = await client.input.findMany({
      where: { processId: f.process.id, text: { startsWith: "Rull " } },
      orderBy: { text: "asc" },
      select: { id: true },
    });
    const [a, b, c, d, e, g] = inputs.map((i) => i.id);
    const tag = await client.tag.create({ data: { slug: `rollup-${f.u}`, name: `Rollup ${f.u}` }, select: { id: true } });
    await client.input.update({ where: { id: a! }, data: { isHidden: true, hiddenReason: "SPAM" } });
    await client.input.update({ where: { id: b! }, data: { triagedAt: now } });
    await client.input.update({ where: { id: e! }, data: { publicResponse: "Takk, vi ser på det." } });
    await client.input.update({ where: { id: c! }, data: { ageMin: 67, ageMax: 79, submittedAt: new Date(Date.UTC(2026, 0, 4, 23, 30)) } }); // spanning → 67–79; Monday 00:30 in Oslo
    await client.input.update({ where: { id: b! }, data: { ageMin: 21, ageMax: 29 } }); // a new range in the same band
    await client.input.update({ where: { id: d! }, data: { ageMin: 16, ageMax: 22 } }); // under 20 → spans two bands
    await client.input.update({ where: { id: e! }, data: { ageMin: null, ageMax: null } }); // age no longer known
    await client.inputTag.create({ data: { inputId: d!, tagId: tag.id } });
    await client.input.update({ where: { id: e! }, data: { targetGroupId: null } });
    await client.input.delete({ where: { id: g! } });
    const after = await shown();
    expect(after).toEqual(await live());
    expect(after.spanning).toBe(1);
    expect(after.ages.AGE_67_79).toBeGreaterThanOrEqual(1);
    await client.$executeRaw`SELECT progress_count_compact()`;
    await client.$executeRaw`SELECT report_count_compact()`;
    expect(await shown()).toEqual(await live());
    const zero = await client.$queryRaw<{ rows: number }[]>`SELECT count(*)::int AS rows FROM progress_count WHERE n = 0`;
    expect(zero[0]!.rows).toBe(0);
  });
});
