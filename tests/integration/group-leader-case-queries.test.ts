// The case for the council and the method comparison page (issue #17 §3, §6) send the same
// number of queries whatever the data size: built on the dashboard fixture, then again with ten times the target groups,
// activities, evaluations-free held activities, inputs, decision questions and population rows.
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { councilCase } from "@/features/group-leader/case/council-case";
import { compareMethods, comparisonFilterOptions } from "@/features/group-leader/methods/comparison-queries";
import { methodFilterSchema } from "@/features/group-leader/methods/filters";
import { dashboardProcess } from "@/features/group-leader/progress-queries";
import { PrismaClient } from "@/generated/prisma/client";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

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

async function build() {
  const p = (await dashboardProcess(f.process.slug))!;
  queries = 0;
  const c = await councilCase(p, { now, baseUrl: "http://localhost" });
  const n = queries;
  // The method comparison page, for one process and for all: its filter options and the comparison.
  queries = 0;
  const one = methodFilterSchema.parse({ prosess: f.process.slug });
  const { process } = await comparisonFilterOptions(one.prosess);
  const rows = await compareMethods(one, process!.id, now);
  const perProcess = queries;
  queries = 0;
  await comparisonFilterOptions("");
  await compareMethods(methodFilterSchema.parse({}), null, now);
  return { c, n, rows, comparison: [perProcess, queries] };
}

describe("the case's queries", () => {
  it("are constant in the data size", async () => {
    const small = await build();
    expect(small.n).toBeGreaterThan(0);
    const m = await client.milestone.findFirstOrThrow({ where: { processId: f.process.id, isDecisionPoint: true }, select: { id: true } });
    for (let i = 0; i < 10; i++) {
      const group = await client.targetGroup.create({
        data: { processId: f.process.id, name: `Ekstra ${i}`, importance: "VERY_IMPORTANT", difficulty: "HARD" },
        select: { id: true },
      });
      const district = await client.district.create({ data: { slug: `sak-${i}-${f.u}`, name: `Saksbydel ${i} ${f.u}` }, select: { id: true } });
      await client.populationFigure.create({ data: { year: 2140, districtId: district.id, ageBand: "AGE_40_66", persons: 100 + i } });
      await client.activity.create({
        data: {
          processId: f.process.id,
          methodId: i % 2 ? f.methods.M1.id : f.methods.M2.id,
          title: `Ekstra ${i}`,
          startsAt: new Date(now.getTime() - 5 * 86_400_000),
          endsAt: new Date(now.getTime() - 4 * 86_400_000),
          status: "DONE",
          targetGroups: { create: [{ targetGroupId: group.id }] },
        },
      });
      await client.decisionQuestion.create({ data: { milestoneId: m.id, question: `Spørsmål ${i}?`, position: 10 + i } });
      await client.input.createMany({
        data: Array.from({ length: 10 }, (_, k) => ({
          processId: f.process.id,
          text: `Ekstra ${i}-${k}`,
          receiptCode: `Q${i}K${k}${f.u}`.toUpperCase(),
          channel: "EMAIL" as const,
          districtId: district.id,
          ageMin: 20,
          ageMax: 39,
          targetGroupId: group.id,
          submittedAt: new Date(Date.UTC(2026, 9, 1 + i * 3)),
        })),
      });
    }
    const large = await build();
    expect(large.n).toBe(small.n);
    expect(large.comparison).toEqual(small.comparison);
    expect(large.rows.reduce((n, r) => n + r.held, 0)).toBe(small.rows.reduce((n, r) => n + r.held, 0) + 10);
    expect(large.c.tables.find((t) => t.id === "Målgrupper")!.rows).toHaveLength(14);
    expect(large.c.tables.find((t) => t.id === "Til avklaring")!.rows).toHaveLength(10);
  });
});
