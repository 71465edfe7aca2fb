// The demo seed: the DEMRE process as the seeds describe it, loaded once and only once.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/features/demo/seed-demo";
import { getPublicProcess, listPublishedProcesses } from "@/features/processes/queries";
import { strategyFor } from "@/features/target-groups/strategy";
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";

const today = new Date();
beforeAll(async () => {
  expect(await seedDemo(getDb(), { today })).toBe(true);
}, 60_000);

const counts = async () => {
  const db = getDb();
  return {
    processes: await db.process.count(),
    users: await db.user.count(),
    methods: await db.method.count(),
    activities: await db.activity.count(),
    inputs: await db.input.count(),
    signups: await db.signup.count(),
  };
};

describe("demo seed", () => {
  it("adds nothing the second time", async () => {
    const before = await counts();
    expect(await seedDemo(getDb(), { today })).toBe(false);
    expect(await counts()).toEqual(before);
  });

  it("publishes DEMRE with both plans, the insight and idea phases and their guiding questions", async () => {
    const demre = await getPublicProcess("demre");
    expect(demre?.thematicPlans.map((p) => p.thematicPlan.name).sort()).toEqual([
      "Temaplan folkehelse, levekår og inkludering",
      "Temaplan for aldersvennlig Drammen",
    ]);
    const insight = demre?.phases.find((p) => p.kind === "INSIGHT");
    expect(insight?.guidingQuestions).toEqual(["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"]);
    expect(demre?.phases.find((p) => p.kind === "IDEAS")?.guidingQuestions).toEqual(["Hva oppleves viktigst og hvorfor", "Muligheter", "Tips, råd"]);
    expect(demre?.milestones.some((m) => m.isDecisionPoint && /Gruppeledermøte/i.test(m.body))).toBe(true);
    expect(demre?.milestones.some((m) => m.isDecisionPoint && /Kommunestyret/i.test(m.body))).toBe(true);
    expect((await listPublishedProcesses()).map((p) => p.slug)).toContain("demre");
  });

  it("keeps today inside the insight phase, so 'Nå er vi her' is meaningful", async () => {
    const insight = (await getPublicProcess("demre"))!.phases.find((p) => p.kind === "INSIGHT")!;
    expect(insight.startsOn!.getTime()).toBeLessThan(today.getTime());
    expect(insight.endsOn!.getTime()).toBeGreaterThan(today.getTime());
  });

  it("places the target groups on the matrix as the slides do", async () => {
    const groups = await getDb().targetGroup.findMany({ select: { name: true, importance: true, difficulty: true } });
    const byName = new Map(groups.map((g) => [g.name, strategyFor(g.importance, g.difficulty)]));
    expect(byName.get("De lovpålagte rådene")).toBe("GET_GOING");
    expect([...byName.values()]).toContain("SPEND_MOST");
    expect(groups.length).toBeGreaterThanOrEqual(10);
  });

  it("loads the toolbox with every channel method of the sample inputs, and every sample input", async () => {
    const slugs = (await getDb().method.findMany({ select: { slug: true } })).map((m) => m.slug);
    expect(slugs).toEqual(expect.arrayContaining(["book-en-politiker", "benkeprat", "gjestebud", "dialogmote", "institusjonsbesok", "innbyggerpanel", "digitalt-skjema"]));
    expect(await getDb().input.count()).toBe(120);
    expect(await getDb().input.count({ where: { heldForReview: true } })).toBeGreaterThan(0);
    expect(await getDb().input.count({ where: { duplicateOfId: { not: null } } })).toBeGreaterThan(0);
  });

  it("creates the three demo accounts with the documented password", async () => {
    for (const [email, role] of [
      ["admin@medvirk.test", "ADMIN"],
      ["politiker@medvirk.test", "POLITICIAN"],
      ["gruppeleder@medvirk.test", "GROUP_LEADER"],
    ] as const) {
      const user = await getDb().user.findUniqueOrThrow({ where: { email }, select: { role: true, passwordHash: true } });
      expect(user.role).toBe(role);
      expect(await verifyPassword(user.passwordHash!, "demo-medvirk")).toBe(true);
    }
  });
});
