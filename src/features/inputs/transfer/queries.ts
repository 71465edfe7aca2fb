// Reads for the import pages.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { loadOwnImport } from "./commit-import";
import { checkImport } from "./validate-import";

/** Processes inputs can be imported into (an archived one is read-only). */
export function importableProcesses() {
  return db.process.findMany({
    where: { status: { not: "ARCHIVED" } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    select: { id: true, title: true } satisfies Prisma.ProcessSelect,
  });
}

/** The chosen process with its phases and activities, or null. */
export async function importTarget(processId: string | undefined) {
  if (!isUuid(processId)) return null;
  return db.process.findFirst({
    where: { id: processId, status: { not: "ARCHIVED" } },
    select: {
      id: true,
      title: true,
      phases: { orderBy: { position: "asc" }, select: { id: true, title: true } },
      activities: { orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true, title: true, startsAt: true } },
    } satisfies Prisma.ProcessSelect,
  });
}

export const PREVIEW_ROWS = 20;

/** An upload as its creator sees it: checked again now, the first rows, every error. */
export async function importPreview(importId: string, userId: string) {
  if (!isUuid(importId)) return null;
  let imp;
  try {
    imp = await loadOwnImport(db, importId, userId);
  } catch (e) {
    if (e instanceof AppError) return null;
    throw e;
  }
  const process = await db.process.findUnique({ where: { id: imp.processId }, select: { id: true, title: true } });
  if (!process) return null;
  const check = imp.consumedAt ? { rows: [], errors: [], rowCount: imp.rowCount } : await checkImport(db, imp.processId, imp.options, imp.csvText);
  return {
    id: imp.id,
    process,
    fileName: imp.options.fileName,
    consumed: imp.consumedAt !== null,
    rowCount: check.rowCount,
    errors: check.errors,
    sample: check.rows.slice(0, PREVIEW_ROWS).map((r) => ({ line: r.line, values: r.raw })),
  };
}
export type ImportPreviewData = NonNullable<Awaited<ReturnType<typeof importPreview>>>;
