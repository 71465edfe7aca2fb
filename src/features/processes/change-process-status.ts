import type { ProcessStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { missingForPublishing } from "./publish-readiness";
import type { ChangeStatusInput } from "./schemas";

// DRAFT → PUBLISHED → CLOSED → ARCHIVED, with the way back a real case needs: unpublish a
// process published by mistake, reopen a closed one. Archived is final (copy to reuse).
const ALLOWED: Record<ProcessStatus, ProcessStatus[]> = {
  DRAFT: ["PUBLISHED", "ARCHIVED"],
  PUBLISHED: ["CLOSED", "DRAFT"],
  CLOSED: ["PUBLISHED", "ARCHIVED"],
  ARCHIVED: [],
};

export async function changeProcessStatus(tx: Tx, input: ChangeStatusInput, now = new Date()) {
  const process = await tx.process.findUnique({
    where: { id: input.processId },
    select: {
      id: true,
      status: true,
      goal: true,
      expectationGap: true,
      inputUsePlan: true,
      phases: { select: { startsOn: true, endsOn: true } },
      _count: { select: { targetGroups: true } },
    },
  });
  if (!process) throw new AppError("NOT_FOUND", "notFound");
  if (process.status === "ARCHIVED") throw new AppError("CONFLICT", "process.archived");
  if (!ALLOWED[process.status].includes(input.status)) {
    throw new AppError("CONFLICT", "process.statusChange");
  }
  if (input.status === "PUBLISHED" && missingForPublishing({ ...process, targetGroupCount: process._count.targetGroups }).length > 0) {
    throw new AppError("INVALID", "process.notPublishable");
  }
  return tx.process.update({
    where: { id: process.id },
    data: {
      status: input.status,
      ...(input.status === "PUBLISHED" ? { publishedAt: now, closedAt: null } : {}),
      ...(input.status === "CLOSED" ? { closedAt: now } : {}),
      ...(input.status === "ARCHIVED" ? { archivedAt: now } : {}),
    },
    select: { id: true, status: true },
  });
}

export const allowedTransitions = (status: ProcessStatus) => ALLOWED[status];
