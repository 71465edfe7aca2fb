import { getTranslations } from "next-intl/server";
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
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
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("caption")}>
        <Table zebra>
          <caption className="sr-only">{t("caption")}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell>{t("when")}</TableHeaderCell>
              <TableHeaderCell>{t("who")}</TableHeaderCell>
              {!processId && <TableHeaderCell>{t("process")}</TableHeaderCell>}
              <TableHeaderCell>{t("what")}</TableHeaderCell>
              <TableHeaderCell>{t("details")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.rows.map((row) => {
              const text = describeAuditEntry(ta as unknown as AuditTranslator, row);
              return (
                <TableRow key={String(row.id)}>
                  <TableCell>
                    <time dateTime={row.at.toISOString()}>{fmtDate(row.at, "dateTimeSeconds")}</time>
                  </TableCell>
                  <TableCell>{row.actor?.name ?? t("system")}</TableCell>
                  {!processId && <TableCell>{row.process?.title ?? "–"}</TableCell>}
                  <TableCell>{text.action}</TableCell>
                  <TableCell>
                    <ul className="text-sm break-words">
                      {text.details.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <KeysetPager className="mt-4" label={t("pages")} next={page.next ? { href: `${basePath}?for=${page.next}`, label: t("older") } : null} />
    </>
  );
}
