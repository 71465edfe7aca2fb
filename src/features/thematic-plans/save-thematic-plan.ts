import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/slug";
import type { ThematicPlanInput } from "./schemas";

/** Creates or renames a thematic plan; names are unique whatever the case. */
export async function saveThematicPlan(tx: Tx, input: ThematicPlanInput) {
  const clash = await tx.thematicPlan.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, ...(input.planId ? { id: { not: input.planId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "thematicPlan.nameTaken", "name");
  if (input.planId) {
    const found = await tx.thematicPlan.findUnique({ where: { id: input.planId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "notFound");
    // The slug stays: links and exports keep working after a rename.
    return tx.thematicPlan.update({ where: { id: input.planId }, data: { name: input.name, description: input.description }, select: { id: true } });
  }
  const base = slugify(input.name) || "temaplan";
  const taken = await tx.thematicPlan.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const slug = firstFreeSlug(
    base,
    taken.map((p) => p.slug),
  );
  return tx.thematicPlan.create({ data: { name: input.name, description: input.description, slug }, select: { id: true } });
}
