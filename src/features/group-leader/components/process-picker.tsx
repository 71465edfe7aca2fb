// /gruppeleder: the processes a group leader follows, each with its participation figure
// (the one rule, accounts/representatives.ts). With exactly one the page opens it directly.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Card, Heading, Paragraph } from "@/components/ds";
import { ListSection } from "@/components/list-section";
import { PageHeading } from "@/components/page-heading";
import { participationByProcess } from "@/features/participation/representatives";

export async function ProcessPicker() {
  const [t, ta, tp, processes] = await Promise.all([
    getTranslations("groupLeader"),
    getTranslations("areas.groupLeader"),
    getTranslations("accounts.participation"),
    participationByProcess(),
  ]);
  return (
    <>
      <PageHeading title={t("picker.title")} lead={t("picker.lead")} />
      <Paragraph className="mb-8 flex flex-wrap gap-x-6">
        <NextLink className="ds-link" href="/gruppeleder/metoder">
          {t("picker.methods")}
        </NextLink>
        <NextLink className="ds-link" href="/kunnskapsgrunnlag">
          {t("picker.report")}
        </NextLink>
      </Paragraph>
      <ListSection id="prosesser" heading={ta("participation")} className="space-y-3" empty={processes.length === 0} emptyText={t("picker.empty")}>
        <ul className="space-y-3">
          {processes.map((p) => (
            <li key={p.id}>
              <Card data-color="neutral" className="space-y-1">
                <Heading level={3} data-size="xs">
                  <NextLink className="ds-link" href={`/gruppeleder/prosesser/${p.slug}`}>
                    {p.title}
                  </NextLink>
                </Heading>
                <Paragraph data-testid={`deltakelse-${p.slug}`}>{ta("participationBody", { signedUp: p.signedUp, total: p.total })}</Paragraph>
                <Paragraph data-size="sm">
                  {tp(`rules.${p.participationRule}`)} ·{" "}
                  <NextLink className="ds-link" href={`/gruppeleder/deltakelse/${p.id}`}>
                    {t("dashboard.links.participation")}
                  </NextLink>
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      </ListSection>
    </>
  );
}
