import NextLink from "next/link";
import { Card, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { groupLeaderOverview } from "../queries";

export async function GroupLeaderHome() {
  const [t, tc, tr, data] = await Promise.all([getTranslations("areas.groupLeader"), getTranslations("areas.inputCategory"), getTranslations("knowledgeReport.links"), groupLeaderOverview()]);
  const tp = await getTranslations("accounts.participation");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Paragraph className="mb-8">
        <NextLink className="ds-link" href="/kunnskapsgrunnlag">
          {tr("groupLeader")}
        </NextLink>
      </Paragraph>
      <div className="grid gap-8 md:grid-cols-2">
        <section aria-labelledby="deltakelse" className="space-y-3">
          <Heading level={2} data-size="sm" id="deltakelse">
            {t("participation")}
          </Heading>
          {data.participation.length === 0 ? (
            <Paragraph>{t("noData")}</Paragraph>
          ) : (
            <ul className="space-y-2">
              {data.participation.map((p) => (
                <li key={p.id}>
                  <Card data-color="neutral" className="space-y-1">
                    <NextLink className="ds-link" href={`/gruppeleder/deltakelse/${p.id}`}>
                      {p.title}
                    </NextLink>
                    <Paragraph data-testid={`deltakelse-${p.slug}`}>{t("participationBody", { signedUp: p.signedUp, total: p.total })}</Paragraph>
                    <Paragraph data-size="sm">{tp(`rules.${p.participationRule}`)}</Paragraph>
                  </Card>
                </li>
              ))}
            </ul>
          )}
          <Heading level={2} data-size="sm" id="aktiviteter">
            {t("activities")}
          </Heading>
          {data.activitiesByStatus.length === 0 ? (
            <Paragraph>{t("noData")}</Paragraph>
          ) : (
            <ul className="space-y-1">
              {data.activitiesByStatus.map((row) => (
                <li key={row.status}>
                  {t(`activityStatus.${row.status}`)}: <strong>{row.count}</strong>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="kategorier" className="space-y-3">
          <Heading level={2} data-size="sm" id="kategorier">
            {t("inputsByCategory")}
          </Heading>
          {data.inputsByCategory.length === 0 ? (
            <Paragraph>{t("noData")}</Paragraph>
          ) : (
            <Table>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("category")}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t("count")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.inputsByCategory.map((row) => (
                  <TableRow key={row.category ?? "NONE"}>
                    <TableCell>{tc(row.category ?? "NONE")}</TableCell>
                    <TableCell className="text-right">{row.count}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
      </div>
    </>
  );
}
