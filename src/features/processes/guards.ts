// Rules every change to a process's design must respect.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** Loads the process for a change; an archived process is read-only (errors.process.archived). */
export async function assertProcessEditable(tx: Tx, processId: string) {
  const process = await tx.process.findUnique({
    where: { id: processId },
    select: { id: true, status: true, startsOn: true, endsOn: true },
  });
  if (!process) throw new AppError("NOT_FOUND", "notFound");
  if (process.status === "ARCHIVED") throw new AppError("CONFLICT", "process.archived");
  return process;
}
