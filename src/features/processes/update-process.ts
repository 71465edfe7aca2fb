import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertProcessEditable } from "./guards";
import type { UpdateProcessInput } from "./schemas";

/** The framework page: texts, dates, plans and the ordered framework items, replaced as a whole. */
export async function updateProcess(tx: Tx, input: UpdateProcessInput) {
  await assertProcessEditable(tx, input.processId);
  const clash = await tx.process.findFirst({ where: { slug: input.slug, id: { not: input.processId } }, select: { id: true } });
  if (clash) throw new AppError("CONFLICT", "process.slugTaken", "slug");
  const outside = await tx.phase.findFirst({
    where: {
      processId: input.processId,
      OR: [...(input.startsOn ? [{ startsOn: { lt: input.startsOn } }] : []), ...(input.endsOn ? [{ endsOn: { gt: input.endsOn } }] : [])],
    },
    select: { title: true },
  });
  if (outside && (input.startsOn || input.endsOn)) {
    throw new AppError("INVALID", "process.phasesOutside", input.startsOn && outside ? "startsOn" : "endsOn", { phase: outside.title });
  }
  await tx.frameworkItem.deleteMany({ where: { processId: input.processId } });
  await tx.processThematicPlan.deleteMany({ where: { processId: input.processId } });
  return tx.process.update({
    where: { id: input.processId },
    data: {
      title: input.title,
      slug: input.slug,
      summary: input.summary,
      goal: input.goal,
      expectationGap: input.expectationGap,
      inputUsePlan: input.inputUsePlan,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      frameworkItems: { create: input.frameworkItems.map((text, i) => ({ position: i + 1, text })) },
      thematicPlans: { create: [...new Set(input.thematicPlanIds)].map((thematicPlanId) => ({ thematicPlanId })) },
    },
    select: { id: true, slug: true },
  });
}
