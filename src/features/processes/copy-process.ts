import type { Tx } from "@/lib/db";
import { slugify } from "@/lib/slug";
import { freeProcessSlug } from "./free-process-slug";
import type { CopyProcessInput } from "./schemas";

/**
 * A process as a template: framework, plans, phases (without dates), target groups and the
 * activities' methods (as undated PLANNED activities) are copied; inputs, sign-ups,
 * milestones' outcomes and evaluations are not. The copy is a DRAFT.
 */
export async function copyProcess(tx: Tx, actorId: string, input: CopyProcessInput) {
  const source = await tx.process.findUniqueOrThrow({
    where: { id: input.processId },
    select: {
      id: true,
      summary: true,
      goal: true,
      expectationGap: true,
      inputUsePlan: true,
      participationRule: true,
      frameworkItems: { orderBy: { position: "asc" }, select: { position: true, text: true } },
      thematicPlans: { select: { thematicPlanId: true } },
      phases: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, kind: true, title: true, description: true, guidingQuestions: true, expectedOutput: true, owner: true },
      },
      targetGroups: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, description: true, importance: true, difficulty: true, position: true, audienceId: true },
      },
      activities: {
        where: { status: { not: "CANCELLED" } },
        select: {
          phaseId: true,
          methodId: true,
          title: true,
          description: true,
          politicianCapacity: true,
          isPublic: true,
          isOnline: true,
          startsAt: true,
          endsAt: true,
          targetGroups: { select: { targetGroupId: true } },
        },
      },
    },
  });
  const copy = await tx.process.create({
    data: {
      title: input.title,
      slug: await freeProcessSlug(tx, slugify(input.title) || "prosess"),
      summary: source.summary,
      goal: source.goal,
      expectationGap: source.expectationGap,
      inputUsePlan: source.inputUsePlan,
      participationRule: source.participationRule,
      copiedFromId: source.id,
      createdById: actorId,
      frameworkItems: { create: source.frameworkItems },
      thematicPlans: { create: source.thematicPlans },
    },
    select: { id: true, slug: true },
  });
  const phaseMap = new Map<string, string>();
  for (const { id, ...phase } of source.phases) {
    const created = await tx.phase.create({ data: { ...phase, guidingQuestions: [...phase.guidingQuestions], processId: copy.id }, select: { id: true } });
    phaseMap.set(id, created.id);
  }
  const groupMap = new Map<string, string>();
  for (const { id, ...group } of source.targetGroups) {
    const created = await tx.targetGroup.create({ data: { ...group, processId: copy.id }, select: { id: true } });
    groupMap.set(id, created.id);
  }
  for (const a of source.activities) {
    // Dates are kept only as a duration placeholder; the administrator sets real dates.
    await tx.activity.create({
      data: {
        processId: copy.id,
        phaseId: a.phaseId ? (phaseMap.get(a.phaseId) ?? null) : null,
        methodId: a.methodId,
        title: a.title,
        description: a.description,
        politicianCapacity: a.politicianCapacity,
        isPublic: a.isPublic,
        isOnline: a.isOnline,
        status: "PLANNED",
        startsAt: a.startsAt,
        endsAt: a.endsAt,
        targetGroups: { create: a.targetGroups.flatMap((t) => (groupMap.has(t.targetGroupId) ? [{ targetGroupId: groupMap.get(t.targetGroupId)! }] : [])) },
      },
    });
  }
  return copy;
}
