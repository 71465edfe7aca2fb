import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/lib/dates/get-date-format";
import NextLink from "next/link";
import { listProcessAudit } from "../../admin-queries";

/** Who changed what and when in one process; 50 per page, newest first. */
export async function AuditLog({ processId, before }: { processId: string; before?: string }) {
  const cursor = before && /^\d+$/.test(before) ? BigInt(before) : undefined;
  const [t, fmtDate, page] = await Promise.all([getTranslations("processes.audit"), getDateFormat(), listProcessAudit(processId, cursor)]);
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
              <TableHeaderCell>{t("what")}</TableHeaderCell>
              <TableHeaderCell>{t("details")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.rows.map((row) => (
              <TableRow key={String(row.id)}>
                <TableCell>
                  <time dateTime={row.at.toISOString()}>{fmtDate(row.at, "dateTimeSeconds")}</time>
                </TableCell>
                <TableCell>{row.actor?.name ?? t("system")}</TableCell>
                <TableCell>
                  {t.has(`actions.${row.action.replace(".", "_")}`) ? t(`actions.${row.action.replace(".", "_")}`) : row.action} (
                  {t.has(`entities.${row.entityType}`) ? t(`entities.${row.entityType}`) : row.entityType})
                </TableCell>
                <TableCell>
                  <DetailList details={row.details} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {page.next && (
        <Paragraph className="mt-4">
          <NextLink className="ds-link" href={`/admin/prosesser/${processId}/logg?for=${page.next}`}>
            {t("older")}
          </NextLink>
        </Paragraph>
      )}
    </>
  );
}

/** The audit details as short "key: value" lines; nested values stay compact JSON. */
function DetailList({ details }: { details: unknown }) {
  const entries = details && typeof details === "object" ? Object.entries(details as Record<string, unknown>) : [];
  return (
    <ul className="text-sm break-words">
      {entries.map(([key, value]) => (
        <li key={key}>
          {key}: {typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? String(value) : JSON.stringify(value)}
        </li>
      ))}
    </ul>
  );
}
