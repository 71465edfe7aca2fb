// An export of the inbox's filtered inputs: counted and audited up front (who, filter, rows),
// then streamed. Read-only, so it is not a gate command; the route checks `input.export`.
import { inboxWhere, type InboxFilter } from "@/features/inputs/inbox/filters";
import { db } from "@/lib/db";
import type { UiLocale } from "@/lib/i18n/config";
import type { SessionUser } from "@/lib/session";
import { exportQuestions } from "./export-questions";
import { csvExportStream, exportFileName, xlsxExportStream, type ExportFormat } from "./export-stream";

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export async function exportInputs(user: Pick<SessionUser, "id">, filter: InboxFilter, format: ExportFormat, locale: UiLocale, requestId?: string | null) {
  const where = inboxWhere(filter);
  const rows = await db.input.count({ where });
  // The filter's process id comes from the URL: link the audit entry only to a real process.
  const processId = filter.prosess && (await db.process.count({ where: { id: filter.prosess } })) > 0 ? filter.prosess : null;
  await db.auditLog.create({
    data: {
      actorId: user.id,
      action: "input.export",
      entityType: "input_export",
      processId,
      details: { format, filter: JSON.parse(JSON.stringify(filter)) as object, rows },
      requestId: requestId ?? null,
    },
  });
  const questions = await exportQuestions(db, where);
  const body = format === "xlsx" ? xlsxExportStream({ db, where, locale, questions }) : csvExportStream({ db, where, locale, questions });
  return { body, rows, fileName: exportFileName(format), contentType: CONTENT_TYPES[format] };
}
