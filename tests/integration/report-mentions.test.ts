// The report's «nevnt av N» (1 + the scope's visible duplicates of an original) comes from
// report_mention, kept by triggers (migration 20261208123000_report_mention), not from a scan of
// every input. These tests hold it to the old definition — a GROUP BY over the scope's inputs,
// written out below as the reference — through every kind of change: duplicates marked (also on
// insert and by moving an original's duplicates along), unmarked, hidden, shown, moved to another
// process, linked to and unlinked from plans, deleted; then compaction and a full recount.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { quoteRanks, scopeMentions } from "@/features/knowledge/report/report-queries";
import { resolveScope, scopeFrom, type ReportScope, type ResolvedScope } from "@/features/knowledge/report/scope";
import { markDuplicate, unmarkDuplicate } from "@/features/knowledge/similarity/mark-duplicate";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { generateReceiptCode } from "@/lib/receipt-code";
import { makeProcess } from "../support/fixtures/processes";

const u = () => randomBytes(4).toString("hex");
const d = {} as { p: string; p2: string; plan: string; plan2: string; planSlug: string; plan2Slug: string; pSlug: string; p2Slug: string };

async function input(data: Partial<Prisma.InputUncheckedCreateInput> & { plans?: string[] }) {
  const { plans = [d.plan], ...rest } = data;
  const row = await db.input.create({
    data: {
      processId: d.p,
      text: `Innspill ${u()}`,
      channel: "FORM",
      receiptCode: generateReceiptCode(),
      ...rest,
      thematicPlans: { create: plans.map((thematicPlanId) => ({ thematicPlanId })) },
    },
    select: { id: true },
  });
  return row.id;
}

/** The definition «nevnt av» had before the roll-up: the scope's visible duplicates per original. */
async function reference(scope: ResolvedScope): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ id: string; n: number }[]>`
    SELECT i.duplicate_of_id::text AS id, count(*)::int AS n
      ${scopeFrom(scope)} AND i.duplicate_of_id IS NOT NULL
     GROUP BY 1`;
  return new Map(rows.map((r) => [r.id, r.n]));
}

const scopes = (): ReportScope[] => [
  { processSlug: d.pSlug },
  { processSlug: d.p2Slug },
  { thematicPlanSlug: d.planSlug },
  { thematicPlanSlug: d.plan2Slug },
  { thematicPlanSlug: d.planSlug, processSlug: d.pSlug },
  { thematicPlanSlug: d.planSlug, processSlug: d.p2Slug },
];

const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

/** In every scope: the roll-up's figures equal the reference, and so does each ranked quote's «nevnt av». */
async function expectExact() {
  for (const s of scopes()) {
    const scope = (await resolveScope(s))!;
    const want = await reference(scope);
    expect(sorted(await scopeMentions(db, scope)), JSON.stringify(s)).toEqual(sorted(want));
    for (const r of await quoteRanks(db, scope, 50)) expect(r.mentions, `${JSON.stringify(s)} ${r.id}`).toBe(1 + (want.get(r.id) ?? 0));
  }
}

/** Summed per group, the table equals a recount from the inputs. */
const drift = () =>
  db.$queryRaw<{ side: string }[]>`
    WITH kept AS (
      SELECT original_id, process_id, thematic_plan_id, sum(n)::int AS n FROM report_mention GROUP BY 1, 2, 3 HAVING sum(n) <> 0
    ), fresh AS (SELECT * FROM report_mention_fresh())
    (SELECT 'kept' AS side, * FROM kept EXCEPT SELECT 'kept', * FROM fresh)
    UNION ALL
    (SELECT 'fresh', * FROM fresh EXCEPT SELECT 'fresh', * FROM kept)`;

beforeAll(async () => {
  const [p, p2] = [await makeProcess({ status: "PUBLISHED" }), await makeProcess({ status: "PUBLISHED" })];
  Object.assign(d, { p: p.id, pSlug: p.slug, p2: p2.id, p2Slug: p2.slug, planSlug: `plan-${u()}`, plan2Slug: `plan2-${u()}` });
  d.plan = (await db.thematicPlan.create({ data: { slug: d.planSlug, name: `Temaplan ${u()}` }, select: { id: true } })).id;
  d.plan2 = (await db.thematicPlan.create({ data: { slug: d.plan2Slug, name: `Temaplan ${u()}` }, select: { id: true } })).id;
});

describe("«nevnt av» from report_mention", () => {
  it("stays equal to the scope's visible duplicates per original through every kind of change", async () => {
    const o1 = await input({ category: "NEED", plans: [d.plan, d.plan2] });
    const o2 = await input({ category: "NEED" });
    const o3 = await input({ processId: d.p2, category: "HOPE" });
    // Duplicates made as duplicates (an import does this), in one plan, two plans or none.
    const a = await input({ duplicateOfId: o1 });
    const b = await input({ duplicateOfId: o1, plans: [d.plan, d.plan2] });
    const c = await input({ duplicateOfId: o1, plans: [] });
    const e = await input({ processId: d.p2, duplicateOfId: o3 });
    // Hidden from the start: never counted.
    await input({ duplicateOfId: o2, isHidden: true, hiddenReason: "SPAM" });
    expect(await drift()).toEqual([]);
    await expectExact();

    // Marked and unmarked as a moderator does it.
    const f = await input({});
    const g = await input({ plans: [d.plan2] });
    await db.$transaction((tx) => markDuplicate(tx, { inputId: f, originalId: o2 }));
    await db.$transaction((tx) => markDuplicate(tx, { inputId: g, originalId: o2 }));
    await expectExact();
    // o2 becomes a duplicate of o1: its duplicates move along to o1.
    await db.$transaction((tx) => markDuplicate(tx, { inputId: o2, originalId: o1 }));
    await db.$transaction((tx) => unmarkDuplicate(tx, a));
    await expectExact();

    // Hidden, shown again; an original hidden (its own figure goes with it, its duplicates stay counted).
    await db.input.update({ where: { id: b }, data: { isHidden: true, hiddenReason: "SPAM" } });
    await expectExact();
    await db.input.update({ where: { id: b }, data: { isHidden: false, hiddenReason: "" } });
    await db.input.update({ where: { id: f }, data: { isHidden: true, hiddenReason: "SPAM" } });
    await db.input.update({ where: { id: o3 }, data: { isHidden: true, hiddenReason: "SPAM" } });
    expect(await drift()).toEqual([]);
    await expectExact();
    await db.input.update({ where: { id: o3 }, data: { isHidden: false, hiddenReason: "" } });

    // Plan links: added, removed, moved by UPDATE, several in one statement.
    await db.inputThematicPlan.create({ data: { inputId: c, thematicPlanId: d.plan2 } });
    await db.inputThematicPlan.delete({ where: { inputId_thematicPlanId: { inputId: b, thematicPlanId: d.plan } } });
    await db.inputThematicPlan.update({ where: { inputId_thematicPlanId: { inputId: g, thematicPlanId: d.plan2 } }, data: { thematicPlanId: d.plan } });
    await db.inputThematicPlan.createMany({
      data: [
        { inputId: c, thematicPlanId: d.plan },
        { inputId: e, thematicPlanId: d.plan2 },
      ],
    });
    expect(await drift()).toEqual([]);
    await expectExact();

    // A duplicate moved to the other process (counted there for its original, not in its first process).
    await db.input.update({ where: { id: c }, data: { processId: d.p2 } });
    // Another original's duplicates, a chain written directly (the app never makes one; the definition still holds).
    await db.input.update({ where: { id: a }, data: { duplicateOfId: g } });
    await expectExact();

    // Deleted: a duplicate with its plan links; then an original once its duplicates are gone.
    await db.input.delete({ where: { id: b } });
    await db.input.delete({ where: { id: a } });
    await db.input.update({ where: { id: e }, data: { duplicateOfId: null } });
    await db.input.delete({ where: { id: o3 } });
    expect(await drift()).toEqual([]);
    await expectExact();
  });

  it("is the same after compacting the deltas and after a full recount", async () => {
    const rows = async () => (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM report_mention`)[0]!.n;
    const loose = await rows();
    await db.$executeRaw`SELECT report_count_compact()`;
    expect(await rows()).toBeLessThan(loose);
    expect(await drift()).toEqual([]);
    await expectExact();
    await db.$executeRaw`SELECT report_mention_rebuild()`;
    expect(await drift()).toEqual([]);
    await expectExact();
  });
});

describe("the quote ranking's reads", () => {
  it("visit only the newest window and the originals with duplicates, not every input of the scope", async () => {
    // 300 quotable originals, newer than anything else in the database, 3 of them with 2 duplicates each.
    const p = await makeProcess({ status: "PUBLISHED" });
    const at = (i: number) => new Date(Date.UTC(2099, 0, 1) + i * 60_000);
    await db.input.createMany({
      data: Array.from({ length: 300 }, (_, i) => ({
        processId: p.id,
        text: `Innspill ${i}`,
        channel: "FORM" as const,
        receiptCode: generateReceiptCode(),
        submittedAt: at(i),
      })),
    });
    const originals = await db.input.findMany({ where: { processId: p.id }, orderBy: { submittedAt: "asc" }, take: 3, select: { id: true } });
    for (const o of originals) for (let k = 0; k < 2; k++) await input({ processId: p.id, duplicateOfId: o.id, plans: [], submittedAt: at(-1 - k) });
    await db.$executeRaw`ANALYZE input`;
    const scope = (await resolveScope({ processSlug: p.slug }))!;
    const window = 20;
    const { ranks, read } = await db.$transaction(async (tx) => {
      const ranks = await quoteRanks(tx, scope, 6, window);
      // This transaction's own reads of the input table: rows from sequential scans and rows fetched through its indexes.
      const [r] = await tx.$queryRaw<{ read: number }[]>`
        SELECT (coalesce(t.seq_tup_read, 0) + coalesce(t.idx_tup_fetch, 0))::int AS read FROM pg_stat_xact_user_tables t WHERE t.relname = 'input'`;
      return { ranks, read: r!.read };
    });
    // The three mentioned originals rank first (nevnt av 3), though they are the oldest.
    expect(
      ranks
        .filter((r) => r.mentions === 3)
        .map((r) => r.id)
        .sort(),
    ).toEqual(originals.map((o) => o.id).sort());
    // The scope holds 306 inputs; the ranking reads the window (20, heap visits included while the
    // visibility map is unset), the three originals, and not the rest.
    expect(read).toBeLessThan(100);
  });
});
