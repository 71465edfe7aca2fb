// Step 2 of an import: all rows in the gate's one transaction, or none. The stored upload is
// re-checked here (the process may have changed since the preview) and claimed with
// consumed_at, so a double submit or a second tab imports once.
import { randomUUID } from "node:crypto";
import { arrivalFields } from "@/features/knowledge/arrival";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { generateReceiptCode } from "@/lib/receipt-code";
import { assertImportTarget } from "./preview-import";
import { importOptionsSchema } from "./schemas";
import { checkImport } from "./validate-import";

export const IMPORT_TTL_MS = 24 * 60 * 60 * 1000;

export type CommitResult = { importId: string; processId: string; count: number; fileName: string };

/** The creator's own, unexpired upload; anyone else's is "not found" (no hint that it exists). */
export async function loadOwnImport(tx: Tx, importId: string, userId: string) {
  const imp = await tx.inputImport.findFirst({
    where: { id: importId, createdById: userId, createdAt: { gt: new Date(Date.now() - IMPORT_TTL_MS) } },
    select: { id: true, processId: true, options: true, csvText: true, rowCount: true, createdAt: true, consumedAt: true },
  });
  if (!imp) throw new AppError("NOT_FOUND", "transfer.importNotFound");
  return { ...imp, options: importOptionsSchema.parse(imp.options) };
}

export async function commitImport(tx: Tx, actor: Actor, importId: string): Promise<CommitResult> {
  const imp = await loadOwnImport(tx, importId, actor.id);
  const { processId, options } = imp;
  // One import per process at a time, so the "already imported" check below cannot race.
  // NO KEY UPDATE leaves citizens' inputs (FK KEY SHARE locks) unblocked.
  await tx.$queryRaw`SELECT id FROM process WHERE id = ${processId}::uuid FOR NO KEY UPDATE`;
  const claimed = await tx.inputImport.updateMany({ where: { id: imp.id, consumedAt: null }, data: { consumedAt: new Date() } });
  if (claimed.count !== 1) throw new AppError("CONFLICT", "transfer.alreadyConsumed");

  await assertImportTarget(tx, processId, options);
  const check = await checkImport(tx, processId, options, imp.csvText);
  if (check.errors.length > 0) throw new AppError("INVALID", "transfer.hasErrors", undefined, { count: check.errors.length });

  // dup_of names an earlier input: earlier in this file, or imported before into this process.
  const idByRef = new Map<string, string>();
  const dupRefs = [...new Set(check.rows.map((r) => r.dupOf).filter((r): r is string => !!r))];
  if (dupRefs.length > 0) {
    const earlier = await tx.input.findMany({ where: { processId, externalRef: { in: dupRefs } }, select: { id: true, externalRef: true } });
    for (const e of earlier) if (e.externalRef) idByRef.set(e.externalRef, e.id);
  }

  const now = new Date();
  const inputs: Prisma.InputCreateManyInput[] = [];
  const tags: Prisma.InputTagCreateManyInput[] = [];
  const plans: Prisma.InputThematicPlanCreateManyInput[] = [];
  for (const r of check.rows) {
    const id = randomUUID();
    inputs.push({
      id,
      processId,
      phaseId: options.phaseId,
      activityId: options.activityId,
      methodId: r.methodId,
      text: r.text,
      // The file's own moderation label is kept next to what the screening finds.
      ...arrivalFields(r.text, r.abusive ? ["needs-moderation"] : []),
      category: r.category,
      channel: r.channel,
      language: r.language,
      districtId: r.districtId,
      targetGroupId: r.targetGroupId,
      receiptCode: generateReceiptCode(),
      status: "RECEIVED",
      recordedById: actor.id,
      externalRef: r.externalRef,
      duplicateOfId: r.dupOf ? (idByRef.get(r.dupOf) ?? null) : null,
      submittedAt: r.submittedAt ?? now,
    });
    if (r.externalRef) idByRef.set(r.externalRef, id);
    for (const tagId of r.tagIds) tags.push({ inputId: id, tagId, source: "IMPORT", setById: actor.id });
    for (const thematicPlanId of r.thematicPlanIds) plans.push({ inputId: id, thematicPlanId, source: "IMPORT" });
  }
  // Three statements however many rows (Prisma splits very large ones by parameter count).
  await tx.input.createMany({ data: inputs });
  if (tags.length) await tx.inputTag.createMany({ data: tags });
  if (plans.length) await tx.inputThematicPlan.createMany({ data: plans });
  return { importId: imp.id, processId, count: inputs.length, fileName: options.fileName };
}
