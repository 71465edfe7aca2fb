// Step 1 of an import: keep the uploaded file server-side (input_import) so the confirm step
// imports exactly what the preview showed. Errors do not stop the upload from being kept —
// the preview page lists them — but they stop the commit.
import { assertProcessEditable } from "@/features/processes/guards";
import type { Actor } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ImportOptions, PreviewImportInput } from "./schemas";
import { checkImport } from "./validate-import";

export type PreviewResult = { importId: string; processId: string; rowCount: number; errorCount: number };

/** Phase and activity must belong to the process (and the activity to the phase, if both). */
export async function assertImportTarget(tx: Tx, processId: string, o: Pick<ImportOptions, "phaseId" | "activityId">) {
  await assertProcessEditable(tx, processId);
  if (o.phaseId && !(await tx.phase.findFirst({ where: { id: o.phaseId, processId }, select: { id: true } }))) {
    throw new AppError("INVALID", "transfer.phaseNotInProcess", "phaseId");
  }
  if (o.activityId) {
    const a = await tx.activity.findFirst({ where: { id: o.activityId, processId }, select: { phaseId: true } });
    if (!a || (o.phaseId && a.phaseId !== o.phaseId)) throw new AppError("INVALID", "transfer.activityNotInProcess", "activityId");
  }
}

export async function previewImport(tx: Tx, actor: Actor, input: PreviewImportInput): Promise<PreviewResult> {
  const { processId, file, ...rest } = input;
  const options: ImportOptions = { phaseId: rest.phaseId, activityId: rest.activityId, channel: rest.channel, fileName: rest.fileName };
  await assertImportTarget(tx, processId, options);
  const check = await checkImport(tx, processId, options, file);
  const row = await tx.inputImport.create({
    data: { processId, options, csvText: file, rowCount: check.rowCount, createdById: actor.id },
    select: { id: true },
  });
  return { importId: row.id, processId, rowCount: check.rowCount, errorCount: check.errors.length };
}
