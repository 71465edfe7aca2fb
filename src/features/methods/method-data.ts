import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/slug";
import type { CreateMethodInput } from "./schemas";

/**
 * Checks what the database alone cannot say in a person's words (a name taken in another
 * case, a target group deleted meanwhile) and returns the columns to write, slug included.
 * `currentId` is the method being edited, so it does not collide with itself.
 */
export async function methodData(tx: Tx, input: CreateMethodInput, currentId?: string) {
  const notSelf = currentId ? { id: { not: currentId } } : {};
  const taken = await tx.method.findFirst({ where: { name: { equals: input.name, mode: "insensitive" }, ...notSelf }, select: { id: true } });
  if (taken) throw new AppError("CONFLICT", "method.nameTaken", "name");

  if (input.audienceIds.length > 0) {
    const found = await tx.audience.count({ where: { id: { in: input.audienceIds } } });
    if (found !== input.audienceIds.length) throw new AppError("INVALID", "method.audienceUnknown", "audienceIds");
  }

  // The slug follows the name; `base`, `base-2`… so two names that slug alike both fit.
  const base = slugify(input.name) || "metode";
  const similar = await tx.method.findMany({ where: { slug: { startsWith: base }, ...notSelf }, select: { slug: true } });
  const slug = firstFreeSlug(
    base,
    similar.map((m) => m.slug),
  );

  const { audienceIds: _audienceIds, ...columns } = input;
  return { ...columns, slug };
}
