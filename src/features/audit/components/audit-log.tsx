import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Paragraph } from "@/components/ds";
import { KeysetPager } from "@/components/keyset-pager";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { describeAuditEntry, type AuditTranslator } from "../describe-audit-entry";
import { listAudit } from "../queries";

/**
 * Who changed what and when — in one process (`processId`) or everywhere — 50 per page,
 * newest first. Each entry in words through describeAuditEntry, the one formatter every audit
 * list and the CSV export use. `basePath` is the page's own address, for «Eldre endringer».
 */
export async function AuditLog({ processId, before, basePath }: { processId?: string; before?: string; basePath: string }) {
  const cursor = before && /^\d+$/.test(before) ? BigInt(before) : undefined;
  const [t, ta, fmtDate, page] = await Promise.all([
    getTranslations("processes.audit"),
    getTranslations("audit"),
    getDateFormat(),
    listAudit({ processId }, cursor),
  ]);
  if (page.rows.length === 0) return <Paragraph>{t("empty")}</Paragraph>;
  return (
    <>
      <DataTable
        label={t("caption")}
        caption="hidden"
        columns={[t("when"), t("who"), ...(processId ? [] : [t("process")]), t("what"), t("details")]}
        rows={page.rows.map((row) => ({ row, text: describeAuditEntry(ta as unknown as AuditTranslator, row) }))}
        rowKey={({ row }) => String(row.id)}
        cells={({ row, text }) => [
          <time key="at" dateTime={row.at.toISOString()}>
            {fmtDate(row.at, "dateTimeSeconds")}
          </time>,
          row.actor?.name ?? t("system"),
          ...(processId ? [] : [row.process?.title ?? "–"]),
          text.action,
          <ul key="details" className="text-sm break-words">
            {text.details.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>,
        ]}
      />
      <KeysetPager className="mt-4" label={t("pages")} next={page.next ? { href: `${basePath}?for=${page.next}`, label: t("older") } : null} />
    </>
  );
}
