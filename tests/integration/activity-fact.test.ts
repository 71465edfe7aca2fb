// The activity_fact roll-up (migration 20261207230000_activity_fact) the method comparison
// sums: after every kind of change to the evaluations (one and many inserted, figures and
// hours changed, an evaluation moved to another activity, deleted, all of an activity's
// deleted, and two politicians evaluating the same activity at the same moment) it holds
// exactly what the live definition (evaluations/activity-facts.ts) computes, and the
// comparison's per-method figures are the live facts summed with the agreed ones preferred.
import { beforeAll, describe, expect, it } from "vitest";
import { activityFactsSql } from "@/features/evaluations/activity-facts";
import { compareMethods } from "@/features/group-leader/methods/comparison-queries";
import { methodFilterSchema } from "@/features/group-leader/methods/filters";
import { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { makeDashboardFixture } from "../support/fixtures/group-leader";

const now = new Date();
let f: Awaited<ReturnType<typeof makeDashboardFixture>>;
beforeAll(async () => {
  f = await makeDashboardFixture(now);
});

type Live = {
  activity_id: string;
  evaluations: number;
  preparation_hours: number;
  execution_hours: number;
  would_use_again: number | null;
  participants: number | null;
  cost_nok: number | null;
  participants_min: number | null;
  participants_max: number | null;
  cost_min: number | null;
  cost_max: number | null;
};

/** The live facts of every evaluated activity of the process, next to the roll-up's row. */
async function bothWays() {
  const live = await db.$queryRaw<Live[]>(activityFactsSql(Prisma.sql`a.process_id = ${f.process.id}::uuid`));
  const rolled = await db.$queryRaw<Live[]>`
    SELECT r.activity_id, r.evaluations, r.preparation_hours::float8 AS preparation_hours, r.execution_hours::float8 AS execution_hours,
           (r.would_use_again_sum::numeric / r.evaluations)::float8 AS would_use_again, r.participants_median AS participants, r.cost_median AS cost_nok,
           r.participants_min, r.participants_max, r.cost_min, r.cost_max
      FROM activity_fact r JOIN activity a ON a.id = r.activity_id WHERE a.process_id = ${f.process.id}::uuid`;
  const byId = (rows: Live[]) => Object.fromEntries(rows.filter((r) => r.evaluations > 0).map(({ activity_id, ...r }) => [activity_id, r]));
  return { live: byId(live), rolled: byId(rolled) };
}

async function expectAgree() {
  const { live, rolled } = await bothWays();
  expect(Object.keys(rolled).sort()).toEqual(Object.keys(live).sort());
  for (const [id, r] of Object.entries(live)) {
    const { would_use_again: rolledAgain, ...rolledRest } = rolled[id]!;
    // The roll-up has no agreed figures, so no source either (the comparison takes the agreed from the activity).
    const {
      would_use_again: liveAgain,
      participants_source: _p,
      cost_source: _c,
      ...liveRest
    } = r as Live & { participants_source?: string; cost_source?: string };
    expect(rolledRest).toEqual(liveRest);
    expect(rolledAgain).toBeCloseTo(liveAgain!, 9);
  }
  return live;
}

const evaluation = (activityId: string, userId: string, participants: number, costNok: number, hours: [number, number], wouldUseAgain: number) => ({
  activityId,
  userId,
  participants,
  costNok,
  preparationHours: hours[0],
  executionHours: hours[1],
  wouldUseAgain,
});

describe("the activity_fact roll-up", () => {
  it("holds the live facts after inserts, changes, a move between activities and deletes", async () => {
    const { H1, H2 } = f.activities;
    const { a1, a2, b1, b2 } = f.people;
    await expectAgree();
    const before = await db.activityFact.findUniqueOrThrow({ where: { activityId: H1.id } });
    expect(before).toMatchObject({ evaluations: 1, participantsMedian: 30, costMedian: 1000, wouldUseAgainSum: 4 });

    // Many in one statement, over two activities: medians of 2 and 3 estimates (halves round up).
    await db.methodEvaluation.createMany({
      data: [
        evaluation(H1.id, b1.id, 45, 1500, [1.5, 2], 5),
        evaluation(H2.id, a1.id, 10, 0, [1, 1], 2),
        evaluation(H2.id, a2.id, 20, 300, [0.5, 2.5], 3),
        evaluation(H2.id, b1.id, 60, 900, [2, 2], 5),
      ],
    });
    let live = await expectAgree();
    expect(live[H1.id]).toMatchObject({ evaluations: 2, participants: 38, cost_nok: 1250, participants_min: 30, participants_max: 45 });
    expect(live[H2.id]).toMatchObject({ evaluations: 3, participants: 20, cost_nok: 300, preparation_hours: 3.5, execution_hours: 5.5 });

    // One more, then figures and hours changed, one at a time and several in one statement.
    const extra = await db.methodEvaluation.create({ data: evaluation(H2.id, b2.id, 100, 5000, [3, 3], 1), select: { id: true } });
    await expectAgree();
    await db.methodEvaluation.update({ where: { id: extra.id }, data: { participants: 15, costNok: 100, executionHours: 0.5 } });
    await db.methodEvaluation.updateMany({ where: { activityId: { in: [H1.id, H2.id] }, userId: b1.id }, data: { wouldUseAgain: 1, preparationHours: 4 } });
    await db.methodEvaluation.update({ where: { id: extra.id }, data: { comments: "Bare en kommentar." } });
    live = await expectAgree();
    expect(live[H2.id]).toMatchObject({ evaluations: 4, participants: 18, participants_min: 10 });

    // Moved to another activity: both recounted.
    await db.methodEvaluation.update({ where: { id: extra.id }, data: { activityId: H1.id } });
    live = await expectAgree();
    expect([live[H1.id]!.evaluations, live[H2.id]!.evaluations]).toEqual([3, 3]);

    // Deleted: one, then all of H2's (its row goes).
    await db.methodEvaluation.delete({ where: { id: extra.id } });
    await expectAgree();
    await db.evaluationTargetGroup.deleteMany({ where: { evaluation: { activityId: H2.id } } });
    await db.methodEvaluation.deleteMany({ where: { activityId: H2.id } });
    live = await expectAgree();
    expect(live[H2.id]).toBeUndefined();
    expect(await db.activityFact.count({ where: { activityId: H2.id } })).toBe(0);

    // A rebuild finds nothing to change.
    const rows = await db.activityFact.findMany({ where: { activity: { processId: f.process.id } }, orderBy: { activityId: "asc" } });
    await db.$executeRaw`SELECT activity_fact_rebuild()`;
    expect(await db.activityFact.findMany({ where: { activity: { processId: f.process.id } }, orderBy: { activityId: "asc" } })).toEqual(rows);
  });

  it("counts both when two politicians evaluate the same activity at the same moment", async () => {
    const { H2 } = f.activities;
    const { a1, a2 } = f.people;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    // The first writer inserts and holds its transaction open; the second inserts meanwhile.
    const first = db.$transaction(
      async (tx) => {
        await tx.methodEvaluation.create({ data: evaluation(H2.id, a1.id, 12, 100, [1, 1], 4) });
        await gate;
      },
      { timeout: 20_000 },
    );
    await sleep(300);
    const second = db.$transaction(
      async (tx) => {
        await tx.methodEvaluation.create({ data: evaluation(H2.id, a2.id, 24, 200, [1, 2], 2) });
      },
      { timeout: 20_000 },
    );
    await sleep(300);
    release();
    await Promise.all([first, second]);
    const live = await expectAgree();
    expect(live[H2.id]).toMatchObject({ evaluations: 2, participants: 18 });
  });

  it("gives the comparison the live facts summed per method, agreed figures first", async () => {
    const { H1 } = f.activities;
    await db.activity.update({ where: { id: H1.id }, data: { agreedParticipants: 70 } });
    const [m1] = (await compareMethods(methodFilterSchema.parse({}), f.process.id, now)).filter((m) => m.methodId === f.methods.M1.id);
    const live = await db.$queryRaw<Live[]>(
      activityFactsSql(
        Prisma.sql`a.method_id = ${f.methods.M1.id}::uuid AND a.process_id = ${f.process.id}::uuid AND a.status <> 'CANCELLED' AND a.ends_at < ${now}`,
      ),
    );
    const sum = (k: keyof Live) => live.reduce((n, r) => n + Number(r[k] ?? 0), 0);
    expect(live.find((r) => r.activity_id === H1.id)!.participants).toBe(70);
    expect(m1).toMatchObject({ held: live.length, evaluations: sum("evaluations"), participants: sum("participants"), cost: sum("cost_nok") });
    expect(m1!.hours).toBeCloseTo(sum("preparation_hours") + sum("execution_hours"), 9);
    expect(m1!.wouldUseAgain).toBeCloseTo(live.reduce((n, r) => n + (r.would_use_again ?? 0) * r.evaluations, 0) / sum("evaluations"), 9);
  });
});
