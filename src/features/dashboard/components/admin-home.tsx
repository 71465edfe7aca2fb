import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Card, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { describeAuditEntry, type AuditTranslator } from "@/features/audit/describe-audit-entry";
import { ProcessNameCells } from "@/features/processes/components/admin/process-name-cells";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { adminOverview, type InputFigures } from "../queries";

/** `figures`: the input counts (the route passes the facet index's, knowledge/search/inbox-counts.ts). */
export async function AdminHome({ figures }: { figures: () => Promise<InputFigures> }) {
  const [t, ta, tg, format, fmtDate, data] = await Promise.all([
    getTranslations("areas.admin"),
    getTranslations("audit"),
    getTranslations("groupLeader"),
    getFormatter(),
    getDateFormat(),
    adminOverview(figures),
  ]);
  const stats = [
    [t("statInputs"), data.totals.inputs],
    [t("statUnread"), data.totals.unread],
    [t("statActivities"), data.totals.upcomingActivities],
    [t("statPoliticians"), data.totals.politicians],
  ] as const;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <section aria-labelledby="nokkeltall" className="mb-10">
        <Heading level={2} data-size="sm" id="nokkeltall" className="mb-3">
          {t("stats")}
        </Heading>
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {stats.map(([label, value]) => (
            <Card key={label} data-color="neutral">
              <dt className="text-sm">{label}</dt>
              <dd className="text-3xl font-bold">{format.number(value)}</dd>
            </Card>
          ))}
        </dl>
        <Paragraph className="mt-4 flex flex-wrap gap-x-6">
          <NextLink className="ds-link" href="/gruppeleder">
            {tg("picker.title")}
          </NextLink>
          <NextLink className="ds-link" href="/gruppeleder/metoder">
            {tg("picker.methods")}
          </NextLink>
        </Paragraph>
      </section>
      <section aria-labelledby="prosesser" className="mb-10">
        <Heading level={2} data-size="sm" id="prosesser" className="mb-3">
          {t("processes")}
        </Heading>
        {data.processes.length === 0 ? (
          <Paragraph>{t("noProcesses")}</Paragraph>
        ) : (
          <div className="overflow-x-auto">
            <Table zebra>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("colTitle")}</TableHeaderCell>
                  <TableHeaderCell>{t("colStatus")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("colPhases")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("colActivities")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("colInputs")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("colUnread")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.processes.map((p) => (
                  <TableRow key={p.id}>
                    <ProcessNameCells process={p} />
                    <TableCell className="text-right">{p._count.phases}</TableCell>
                    <TableCell className="text-right">{p._count.activities}</TableCell>
                    <TableCell className="text-right">{p._count.inputs}</TableCell>
                    <TableCell className="text-right">{p.unread}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <section aria-labelledby="logg">
        <Heading level={2} data-size="sm" id="logg" className="mb-3">
          {t("recentAudit")}
        </Heading>
        {data.recentAudit.length === 0 ? (
          <Paragraph>{t("auditEmpty")}</Paragraph>
        ) : (
          <ul className="space-y-1">
            {data.recentAudit.map((a) => (
              <li key={String(a.id)}>
                <time dateTime={a.at.toISOString()}>{fmtDate(a.at, "dateTimeShort")}</time> · {a.actor?.name ?? "–"} ·{" "}
                {describeAuditEntry(ta as unknown as AuditTranslator, a).action}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
