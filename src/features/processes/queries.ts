// Reads of processes for public pages and overviews. Explicit `select`s: public pages never
// load anything a citizen should not see.
import { db } from "@/lib/db";

const phaseSelect = {
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

export async function listPublishedProcesses() {
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

/** A process as citizens see it; drafts are only visible to the preview in the admin area. */
export async function getPublicProcess(slug: string) {
  return db.process.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CLOSED"] } },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      goal: true,
      status: true,
      startsOn: true,
      endsOn: true,
      thematicPlans: { select: { thematicPlan: { select: { name: true, description: true } } } },
      phases: { orderBy: { position: "asc" }, select: phaseSelect },
      milestones: {
        orderBy: { date: "asc" },
        select: { id: true, date: true, endDate: true, title: true, body: true, isDecisionPoint: true, decision: true, outcome: true },
      },
    },
  });
}

export type PublicProcess = NonNullable<Awaited<ReturnType<typeof getPublicProcess>>>;
