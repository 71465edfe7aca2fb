// The audit log as CSV for the administration (audit.read): every entry of one process or of
// all, newest first, read 1 000 rows at a time so memory stays flat however long the log is.
// The same words as the pages (describeAuditEntry); UTF-8 with BOM, ";" and CRLF, which
// Norwegian Excel opens right; Oslo wall-clock time.
import { toCsvRow } from "@/lib/csv";
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { osloStamp } from "@/lib/oslo-time";
import { describeAuditEntry, type AuditTranslator } from "./describe-audit-entry";
import { listAudit, type AuditScope } from "./queries";

const BATCH = 1000;

export function auditCsvStream(scope: AuditScope, locale: UiLocale): ReadableStream<Uint8Array> {
  const t = translator(locale);
  const ta = ((key: string, values?: Record<string, string | number>) => t(`audit.${key}`, values)) as AuditTranslator;
  ta.has = (key: string) => t.has(`audit.${key}`);
  const encoder = new TextEncoder();
  const line = (cells: string[]) => encoder.encode(`${toCsvRow(cells, { delimiter: ";" })}\r\n`);
  let cursor: bigint | undefined;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode("\uFEFF"));
        controller.enqueue(line(["when", "who", "process", "what", "details"].map((k) => t(`admin.auditLog.columns.${k}`))));
      }
      const page = await listAudit(scope, cursor, BATCH);
      for (const row of page.rows) {
        const text = describeAuditEntry(ta, row);
        controller.enqueue(
          line([osloStamp(row.at), row.actor?.name ?? t("processes.audit.system"), row.process?.title ?? "", text.action, text.details.join(" · ")]),
        );
      }
      if (!page.next) controller.close();
      else cursor = page.next;
    },
  });
}
