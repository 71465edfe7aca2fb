// The method comparison (issue #17 §2) on the fixed dashboard fixture, with every figure
// computed by hand; participants and cost are counted once per activity (issue #16 item 3).
import { beforeAll, describe, expect, it } from "vitest";
import { coverageFlag } from "@/features/group-leader/coverage";
import { compareMethods, sortMethods } from "@/features/group-leader/methods/comparison-queries";
import { scoreMethod } from "@/features/group-leader/methods/criteria";
import { methodFilterSchema } from "@/features/group-leader/methods/filters";
import { DIFFICULTIES, IMPORTANCES } from "@/features/target-groups/strategy";
import { getDb } from "@/lib/db";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

const db = getDb();
const now = new Date();
let f: Awaited<ReturnType<typeof makeDashboardFixture>>;
const filter = (q: Record<string, string> = {}) => methodFilterSchema.parse(q);

beforeAll(async () => {
  f = await makeDashboardFixture(now);
});

describe("method comparison", () => {
  it("has too little data with one evaluation: no criteria scores", async () => {
    const rows = await compareMethods(filter(), f.process.id, now);
    // M2 has only a planned and a cancelled activity: nothing held, so no row.
    expect(rows.map((r) => r.methodId)).toEqual([f.methods.M1.id]);
    const m1 = rows[0]!;
    // H1 (a1: 2 + 3 h, 1 000 kr, 30 participants, would use again 4, reached G1) and H2 (never evaluated).
    expect(m1).toMatchObject({
      held: 2,
      politicians: 3,
      hours: 5,
      cost: 1000,
      participants: 30,
      inputs: 1,
      groups: 1,
      prioritised: 1,
      wouldUseAgain: 4,
      evaluations: 1,
      criteria: null,
    });
    expect(m1.inputsPerHour).toBeCloseTo(0.2);
    expect(m1.participantsPerHour).toBeCloseTo(6);
    expect(m1.quotes).toEqual({ well: ["Folk stoppet og snakket."], lessWell: ["Kaldt."], transferable: ["Ja, i alle bydeler."] });
  });

  it("counts one activity once with two estimates (median) and scores the three criteria", async () => {
    await db.methodEvaluation.create({
      data: {
        activityId: f.activities.H1.id,
        userId: f.people.b1.id,
        preparationHours: 1,
        executionHours: 3,
        costNok: 3000,
        participants: 34,
        wouldUseAgain: 2,
        reachedGroups: { create: [{ targetGroupId: f.groups.G1.id }, { targetGroupId: f.groups.G3.id }] },
      },
    });
    const [m1] = await compareMethods(filter(), f.process.id, now);
    // Hours 5 + 4 = 9; participants median(30, 34) = 32 and cost median(1 000, 3 000) = 2 000 — not 64 and 4 000.
    expect(m1).toMatchObject({ hours: 9, participants: 32, cost: 2000, evaluations: 2, wouldUseAgain: 3, groups: 2, prioritised: 1 });
    expect(m1!.participantsPerHour).toBeCloseTo(32 / 9);
    // would use again 3 → medium; two groups → medium; 9 h and 2 000 kr over 2 held activities = 4.5 h, 1 000 kr → high.
    expect(m1!.criteria).toEqual({ transferable: "MEDIUM", targetGroups: "MEDIUM", demand: "HIGH" });
    // The new evaluation wrote no texts: an empty answer is never a quote.
    expect(m1!.quotes).toEqual({ well: ["Folk stoppet og snakket."], lessWell: ["Kaldt."], transferable: ["Ja, i alle bydeler."] });
  });

  it("quotes the two newest texts per kind, each with its own kind's text", async () => {
    // Later than the fixture's evaluations, which were written after `now`.
    const later = (minutes: number) => new Date(Date.now() + minutes * 60_000);
    const evaluation = (userId: string, texts: { workedWell?: string; workedLessWell?: string; transferable?: string }, updatedAt: Date) =>
      db.methodEvaluation.create({
        data: {
          activityId: f.activities.H2.id,
          userId,
          preparationHours: 1,
          executionHours: 1,
          costNok: 0,
          participants: 10,
          wouldUseAgain: 3,
          updatedAt,
          ...texts,
        },
      });
    await evaluation(f.people.a2.id, { workedWell: "Nyest godt.", workedLessWell: "Nyest mindre godt." }, later(2));
    await evaluation(f.people.b2.id, { workedWell: "Nest nyest godt.", transferable: "Overførbar i skolene." }, later(1));
    const [m1] = await compareMethods(filter(), f.process.id, now);
    // «Folk stoppet og snakket.» is now the third newest WELL text and drops out; the other kinds keep theirs.
    expect(m1!.quotes).toEqual({
      well: ["Nyest godt.", "Nest nyest godt."],
      lessWell: ["Nyest mindre godt.", "Kaldt."],
      transferable: ["Overførbar i skolene.", "Ja, i alle bydeler."],
    });
  });

  it("filters by period and target group", async () => {
    const yesterday = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Oslo" }).format(new Date(now.getTime() - 86_400_000));
    // Only H1 started yesterday (H2 two days ago).
    expect((await compareMethods(filter({ fra: yesterday }), f.process.id, now))[0]).toMatchObject({ held: 1 });
    // G1 is aimed at by H1 only; G4 by nothing.
    expect((await compareMethods(filter({ malgruppe: f.groups.G1.id }), f.process.id, now))[0]).toMatchObject({ held: 1 });
    expect(await compareMethods(filter({ malgruppe: f.groups.G4.id }), f.process.id, now)).toEqual([]);
  });

  it("sorts on the server, empty values last, and reads bad parameters as the defaults", () => {
    const row = (name: string, inputsPerHour: number | null) => ({ name, inputsPerHour }) as never;
    const sorted = sortMethods([row("B", 1), row("A", null), row("C", 3)], "inputsPerHour", "desc");
    expect(sorted.map((r: { name: string }) => r.name)).toEqual(["C", "B", "A"]);
    expect(sortMethods([row("B", 1), row("A", null), row("C", 3)], "inputsPerHour", "asc").map((r: { name: string }) => r.name)).toEqual(["B", "C", "A"]);
    expect(filter({ sorter: "; DROP TABLE", retning: "sideways", fra: "31.12.2026" })).toMatchObject({ sorter: "inputsPerHour", retning: "desc", fra: null });
    expect(scoreMethod({ evaluations: 1, wouldUseAgain: 5, groups: 4, hours: 1, cost: 0, held: 1 })).toBeNull();
  });

  it("counts as prioritised exactly the groups the coverage flags call prioritised, on every cell of the matrix", async () => {
    const [before] = await compareMethods(filter(), f.process.id, now);
    const cells = IMPORTANCES.flatMap((importance) => DIFFICULTIES.map((difficulty) => ({ importance, difficulty })));
    const groups = await Promise.all(
      cells.map((c, n) => db.targetGroup.create({ data: { processId: f.process.id, name: `Rute ${n}`, ...c, position: 100 + n }, select: { id: true } })),
    );
    await db.methodEvaluation.create({
      data: {
        activityId: f.activities.H2.id,
        userId: f.people.b1.id,
        preparationHours: 0,
        executionHours: 1,
        costNok: 0,
        participants: 5,
        wouldUseAgain: 3,
        reachedGroups: { create: groups.map((g) => ({ targetGroupId: g.id })) },
      },
    });
    // A group nobody reached is NOT_REACHED exactly when its strategy is prioritised.
    const prioritisedCells = cells.filter((c) => coverageFlag({ ...c, planned: 0, held: 0, reached: 0, inputs: 0 }) === "NOT_REACHED").length;
    expect(prioritisedCells).toBe(2);
    const [after] = await compareMethods(filter(), f.process.id, now);
    expect(after!.groups - before!.groups).toBe(9);
    expect(after!.prioritised - before!.prioritised).toBe(prioritisedCells);
  });
});
