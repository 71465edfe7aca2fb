import { getFormatter, getTranslations } from "next-intl/server";
import { Card, Paragraph } from "@/components/ds";
import { ListSection } from "@/components/list-section";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { describeAuditEntry, type AuditTranslator } from "@/features/audit/describe-audit-entry";
import { ProcessTable } from "@/features/processes/components/admin/process-table";
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
      <Section id="nokkeltall" heading={t("stats")} headingClassName="mb-3" className="mb-10">
        <dl className="grid grid-cols-2 gap-4 md:grid-cols-4">
          {stats.map(([label, value]) => (
            <Card key={label} data-color="neutral">
              <dt className="text-sm">{label}</dt>
              <dd className="text-3xl font-bold">{format.number(value)}</dd>
            </Card>
          ))}
        </dl>
        <Paragraph className="mt-4 flex flex-wrap gap-x-6">
          <TextLink href="/gruppeleder">{tg("picker.title")}</TextLink>
          <TextLink href="/gruppeleder/metoder">{tg("picker.methods")}</TextLink>
        </Paragraph>
      </Section>
      <ListSection
        id="prosesser"
        heading={t("processes")}
        headingClassName="mb-3"
        className="mb-10"
        empty={data.processes.length === 0}
        emptyText={t("noProcesses")}
      >
        <ProcessTable
          label={t("processesTable")}
          processes={data.processes}
          heads={[t("colTitle"), t("colStatus")]}
          columns={[
            { label: t("colPhases"), numeric: true, value: (p) => p._count.phases },
            { label: t("colActivities"), numeric: true, value: (p) => p._count.activities },
            { label: t("colInputs"), numeric: true, value: (p) => p._count.inputs },
            { label: t("colUnread"), numeric: true, value: (p) => p.unread },
          ]}
        />
      </ListSection>
      <Section id="logg" heading={t("recentAudit")} headingClassName="mb-3">
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
      </Section>
    </>
  );
}
