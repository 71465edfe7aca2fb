// Loads a group for a change, only within the process the form was for, so an id from one
// process can never be used to change another process's group.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function findTargetGroupForChange(tx: Tx, processId: string, id: string) {
  const group = await tx.targetGroup.findFirst({
    where: { id, processId },
    select: { id: true, processId: true, name: true, importance: true, difficulty: true },
  });
  if (!group) throw new AppError("NOT_FOUND", "targetGroup.notFound");
  return group;
}
