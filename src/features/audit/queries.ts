// The audit log, read: one process's or all of it, newest first, keyset-paginated on id (the
// pages show 50; the CSV export reads 1 000 at a time until the end).
import { db } from "@/lib/db";

export const AUDIT_PAGE = 50;

export type AuditScope = { processId?: string };

export async function listAudit(scope: AuditScope, before?: bigint, take = AUDIT_PAGE) {
  const rows = await db.auditLog.findMany({
    where: { ...(scope.processId ? { processId: scope.processId } : {}), ...(before ? { id: { lt: before } } : {}) },
    orderBy: { id: "desc" },
    take: take + 1,
    select: {
      id: true,
      at: true,
      action: true,
      entityType: true,
      entityId: true,
      details: true,
      actor: { select: { name: true } },
      process: { select: { title: true } },
    },
  });
  return { rows: rows.slice(0, take), next: rows.length > take ? rows[take - 1]!.id : null };
}
