// Checks shared by create and update: a name unique within the process (ignoring case, so
// "Eldre" and "eldre" cannot both exist) and an audience that exists. The database's
// unique (process_id, name) index backs the name check against races.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function assertValidDetails(tx: Tx, processId: string, details: { name: string; audienceId: string | null }, exceptId?: string): Promise<void> {
  const clash = await tx.targetGroup.findFirst({
    where: { processId, name: { equals: details.name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { name: true },
  });
  if (clash) throw new AppError("CONFLICT", "targetGroup.nameTaken", "name", { name: clash.name });
  if (details.audienceId) {
    const audience = await tx.audience.findUnique({ where: { id: details.audienceId }, select: { id: true } });
    if (!audience) throw new AppError("INVALID", "targetGroup.audienceUnknown", "audienceId");
  }
}
