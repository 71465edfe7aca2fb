// The demo seed: the DEMRE process as the seeds describe it, loaded once and only once.
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/features/demo/seed-demo";
import { questionsFor } from "@/features/processes/guiding-questions";
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
    // Stored empty: the defaults of the phase's kind, looked up when shown.
    expect(questionsFor(insight!)).toEqual(["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"]);
    expect(questionsFor(demre!.phases.find((p) => p.kind === "IDEAS")!)).toEqual(["Hva oppleves viktigst og hvorfor", "Muligheter", "Tips, råd"]);
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
    expect(slugs).toEqual(
      expect.arrayContaining(["book-en-politiker", "benkeprat", "gjestebud", "dialogmote", "institusjonsbesok", "innbyggerpanel", "digitalt-skjema"]),
    );
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

  it("tells one story: activity inputs fall in or after their activity, channels match, dates fall in their phase, places agree", async () => {
    const db = getDb();
    const inputs = await db.input.findMany({
      select: {
        text: true,
        channel: true,
        methodId: true,
        submittedAt: true,
        district: { select: { name: true } },
        phase: { select: { startsOn: true, endsOn: true } },
        activity: { select: { startsAt: true, methodId: true, district: { select: { name: true } }, place: true } },
      },
    });
    const districts = (await db.district.findMany({ select: { name: true } })).map((d) => d.name);
    const problems: string[] = [];
    for (const i of inputs) {
      const what = i.text.slice(0, 50);
      if ((i.channel === "ACTIVITY") !== Boolean(i.activity)) problems.push(`channel ${i.channel} but activity ${i.activity ? "set" : "missing"}: ${what}`);
      if (i.activity) {
        if (i.submittedAt < i.activity.startsAt) problems.push(`before its activity: ${what}`);
        if (i.methodId !== i.activity.methodId) problems.push(`method differs from its activity's: ${what}`);
        const actDistrict = i.activity.district?.name;
        if (actDistrict && i.district && i.district.name !== actDistrict) problems.push(`in ${i.district.name} but its activity is in ${actDistrict}: ${what}`);
        const named = districts.filter((d) => i.text.includes(d));
        if (actDistrict && named.length > 0 && !named.includes(actDistrict) && !named.some((d) => i.activity!.place.includes(d)))
          problems.push(`text names ${named.join("/")}, activity in ${actDistrict}: ${what}`);
      }
      if (i.phase?.startsOn && i.phase.endsOn) {
        const day = i.submittedAt.toISOString().slice(0, 10);
        if (day < i.phase.startsOn.toISOString().slice(0, 10) || day > i.phase.endsOn.toISOString().slice(0, 10))
          problems.push(`outside its phase (${day}): ${what}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("«Dette har vi hørt» speaks of the insight phase, not of a season it does not run in", async () => {
    const page = await getDb().heardPage.findFirst({ select: { intro: true } });
    expect(page?.intro ?? "").not.toMatch(/våren|sommeren/);
  });
});
