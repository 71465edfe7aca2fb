import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Deletes a method nothing refers to. Activities and inputs keep their method (ON DELETE
 * RESTRICT); checking first gives the administrator the count instead of a bare refusal.
 */
export async function deleteMethod(tx: Tx, input: { id: string }): Promise<{ id: string; name: string }> {
  const method = await tx.method.findUnique({
    where: { id: input.id },
    select: { id: true, name: true, _count: { select: { activities: true, inputs: true } } },
  });
  if (!method) throw new AppError("NOT_FOUND", "method.notFound");
  if (method._count.activities > 0) throw new AppError("CONFLICT", "method.inUse", undefined, { count: method._count.activities });
  if (method._count.inputs > 0) throw new AppError("CONFLICT", "method.inUseByInputs", undefined, { count: method._count.inputs });
  // Target-group links are owned by the method and go with it (ON DELETE CASCADE).
  await tx.method.delete({ where: { id: method.id } });
  return { id: method.id, name: method.name };
}
