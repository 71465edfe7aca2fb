// The demo seed: the DEMRE process as the seeds describe it, loaded once and only once, and
// the demo data each feature's pages rely on.
import { randomBytes, randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/features/demo/seed-demo";
import { pendingEvaluations } from "@/features/evaluations/queries";
import { getPublicForm } from "@/features/forms/queries";
import { decisionPoints, publicDecisions } from "@/features/group-leader/decisions/queries";
import { submitPublicInput } from "@/features/inputs/submit/submit-public-input";
import { listReviewQueue } from "@/features/knowledge/moderation/queries";
import { questionsFor } from "@/features/processes/guiding-questions";
import { getPublicProcess, listPublishedProcesses } from "@/features/processes/queries";
import { deleteTargetGroupCommand } from "@/features/target-groups/commands";
import { listAudiences, listTargetGroups } from "@/features/target-groups/queries";
import { strategyFor } from "@/features/target-groups/strategy";
import { openSuggestions } from "@/features/target-groups/suggestions";
import { runAction } from "@/lib/action";
import { getDb } from "@/lib/db";
import { verifyPassword } from "@/lib/passwords";
import { createUser } from "../support/factories";

const today = new Date();
// 180 s: the seed takes seconds on a quiet machine, but 60 s ran out at load 18 on two cores
// (a hook that times out skips every test of the file); a real failure still fails.
beforeAll(async () => {
  expect(await seedDemo(getDb(), { today })).toBe(true);
}, 180_000);

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

// What each feature's demo relies on. These checks used to seed the demo a second time in
// their own files (8–11 s each); here they read the seed this file has just made.
describe("the demo data each feature relies on", () => {
  const db = getDb();
  const demre = () => db.process.findUniqueOrThrow({ where: { slug: "demre" }, select: { id: true } });

  it("evaluations: leaves politiker@medvirk.test finished activities to evaluate, and has other politicians' evaluations", async () => {
    const jonas = await db.user.findUniqueOrThrow({ where: { email: "politiker@medvirk.test" }, select: { id: true } });
    expect((await pendingEvaluations(jonas.id)).length).toBeGreaterThanOrEqual(1);
    const demo = await db.methodEvaluation.findMany({
      where: { activity: { process: { slug: "demre" } } },
      select: { userId: true, user: { select: { role: true } }, activity: { select: { status: true } } },
    });
    expect(demo.length).toBeGreaterThanOrEqual(5);
    expect(demo.every((e) => e.user.role === "POLITICIAN" && e.activity.status === "DONE" && e.userId !== jonas.id)).toBe(true);
    // Every demo evaluation belongs to a politician with a confirmed place.
    const orphans = await db.methodEvaluation.count({
      where: { activity: { process: { slug: "demre" } }, user: { signups: { none: { status: "CONFIRMED" } } } },
    });
    expect(orphans).toBe(0);
  });

  it("recording: gives politiker@medvirk.test a started activity to record at, and credits heard inputs to politicians who were there", async () => {
    const me = await db.user.findUniqueOrThrow({ where: { email: "politiker@medvirk.test" }, select: { id: true } });
    const mine = await db.signup.findMany({
      where: { userId: me.id, status: "CONFIRMED", activity: { startsAt: { lte: today }, status: { not: "CANCELLED" }, process: { slug: "demre" } } },
      select: { activityId: true },
    });
    expect(mine.length).toBeGreaterThan(0);
    const heard = await db.input.findMany({
      where: { channel: "ACTIVITY", activityId: { not: null }, process: { slug: "demre" } },
      select: { activityId: true, recordedById: true },
    });
    expect(heard.length).toBeGreaterThan(0);
    const places = await db.signup.findMany({ where: { status: "CONFIRMED" }, select: { activityId: true, userId: true } });
    const there = new Set(places.map((p) => `${p.activityId}:${p.userId}`));
    expect(heard.every((h) => there.has(`${h.activityId}:${h.recordedById}`))).toBe(true);
    expect(heard.some((h) => h.recordedById === me.id)).toBe(true);
  });

  it("group leaders: DEMRE has the four questions from the slides, decided and public, and open ones for the next decision point", async () => {
    const points = await decisionPoints((await demre()).id);
    const frame = points.find((p) => p.title === "Forslag til rammer og fremdrift")!;
    expect(frame.questions.map((q) => q.question)).toEqual([
      "Kan rammene som er foreslått brukes i det videre arbeidet?",
      expect.stringMatching(/^Kan framdriftsplanen endres/),
      expect.stringMatching(/^Bør alle i relevant hovedutvalg\/kommunestyret være med å teste/),
      expect.stringMatching(/målgrupper .* særlig viktige/),
    ]);
    expect(frame.questions.every((q) => q.decidedOn && q.isPublic)).toBe(true);
    expect((await publicDecisions((await demre()).id)).length).toBe(4);
    expect(points.flatMap((p) => p.questions).filter((q) => !q.decidedOn).length).toBeGreaterThan(0);
  });

  it("target groups: counts usage per group, refuses deleting a group in use and offers its groups to other processes by name", async () => {
    const admin = (await createUser("ADMIN")).id;
    const { id } = await demre();
    const groups = await listTargetGroups(id);
    const eldre = groups.find((g) => g.name === "Eldre hjemmeboende")!;
    expect(eldre._count.activities).toBeGreaterThan(0);
    expect(eldre._count.inputs).toBeGreaterThan(0);
    expect(await runAction(deleteTargetGroupCommand, { userId: admin, input: { processId: id, id: eldre.id, confirm: "on" } })).toMatchObject({
      status: "error",
      message: expect.stringContaining("«Eldre hjemmeboende» er i bruk"),
    });
    // A new, unrelated process is offered DEMRE's groups as DEMRE's, not as general advice.
    const fresh = await db.process.create({
      data: { slug: `mg-${randomBytes(4).toString("hex")}`, title: "Prosess uten målgrupper", status: "DRAFT" },
      select: { id: true },
    });
    const offered = await openSuggestions(fresh.id, []);
    expect(offered.find((s) => s.name === "Eldre hjemmeboende")?.usedIn).toContain("DEMRE – Demokratiske innovasjoner og responsive politikere");
    expect((await listAudiences()).length).toBeGreaterThan(10);
  });

  it("moderation: the demo form holds a citizen's input with a phone number and lists it for review with its flag", async () => {
    const form = (await getPublicForm("demre-innspill"))!;
    const result = await submitPublicInput(
      form,
      {
        idempotencyKey: randomUUID(),
        kategori: "NEED",
        innspill: "Vi trenger hjelp med brøyting på Konnerud. Ring meg på 922 45 871.",
        bydel: "",
        alder: "",
        malgruppe: "",
      },
      { clientKey: randomUUID(), locale: "nb" },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const input = await db.input.findUniqueOrThrow({ where: { receiptCode: result.receiptCode }, select: { id: true, flags: true, heldForReview: true } });
    expect(input).toMatchObject({ flags: ["phone"], heldForReview: true });
    // The review queue lists it (paged from just before it, so the demo's own held inputs don't push it off the page).
    const { submittedAt } = await db.input.findUniqueOrThrow({ where: { id: input.id }, select: { submittedAt: true } });
    const page = await listReviewQueue({ submittedAt: new Date(submittedAt.getTime() + 1), id: "00000000-0000-4000-8000-000000000000" });
    expect(page.rows.some((r) => r.id === input.id)).toBe(true);
  });
});
