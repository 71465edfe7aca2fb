// Reads of processes for public pages and overviews. Explicit `select`s: public pages never
// load anything a citizen should not see.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { publicCached } from "@/lib/public-cache";
import { activityWhenWhereSelect } from "./activity-select";

export const phaseSelect = {
  id: true,
  position: true,
  kind: true,
  title: true,
  description: true,
  guidingQuestions: true,
  startsOn: true,
  endsOn: true,
  expectedOutput: true,
  owner: true,
} as const;

/** The front page's list; from the public cache (lib/public-cache.ts), exact at every change. */
export async function listPublishedProcesses() {
  return publicCached("processes", () => loadPublishedProcesses());
}

function loadPublishedProcesses() {
  return db.process.findMany({
    where: { status: "PUBLISHED" },
    orderBy: [{ startsOn: "desc" }, { title: "asc" }],
    take: 100,
    select: {
      slug: true,
      title: true,
      summary: true,
      startsOn: true,
      endsOn: true,
      phases: { orderBy: { position: "asc" }, select: { title: true, startsOn: true, endsOn: true } },
      thematicPlans: { select: { thematicPlan: { select: { name: true } } } },
    },
  });
}

/** A process's own framework (what, why, for how long, what the input is used for): shown publicly and edited by the admin. */
export const processFrameworkSelect = {
  id: true,
  slug: true,
  title: true,
  summary: true,
  goal: true,
  expectationGap: true,
  inputUsePlan: true,
  status: true,
  startsOn: true,
  endsOn: true,
  frameworkItems: { orderBy: { position: "asc" }, select: { text: true } },
} satisfies Prisma.ProcessSelect;

const publicProcessSelect = (now: Date) =>
  ({
    ...processFrameworkSelect,
    thematicPlans: { select: { thematicPlan: { select: { name: true, description: true } } } },
    phases: { orderBy: { position: "asc" }, select: phaseSelect },
    milestones: {
      orderBy: { date: "asc" },
      select: { id: true, date: true, endDate: true, title: true, body: true, isDecisionPoint: true, decision: true, outcome: true },
    },
    // Upcoming public activities only; internal ones (institution visits…) are never shown.
    activities: {
      where: { isPublic: true, status: { in: ["PLANNED", "OPEN"] }, endsAt: { gte: now } },
      orderBy: { startsAt: "asc" },
      take: 50,
      select: {
        ...activityWhenWhereSelect,
        description: true,
        district: { select: { name: true } },
        method: { select: { name: true } },
      },
    },
  }) satisfies Prisma.ProcessSelect;

/**
 * A process as citizens see it; drafts are only visible through the admin preview. From the
 * public cache: its upcoming activities are those not yet ended when it was read, so the copy
 * holds until the first of them ends.
 */
export async function getPublicProcess(slug: string) {
  return publicCached(
    `process:${slug}`,
    () => db.process.findFirst({ where: { slug, status: { in: ["PUBLISHED", "CLOSED"] } }, select: publicProcessSelect(new Date()) }),
    (process) => (process?.activities.length ? Math.min(...process.activities.map((a) => a.endsAt.getTime())) : undefined),
  );
}

/** The same view of any process, for the administration's preview. */
export async function getProcessPreview(id: string) {
  if (!isUuid(id)) return null;
  return db.process.findUnique({ where: { id }, select: publicProcessSelect(new Date()) });
}

export type PublicProcess = NonNullable<Awaited<ReturnType<typeof getPublicProcess>>>;
