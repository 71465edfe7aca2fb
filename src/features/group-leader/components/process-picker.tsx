// /gruppeleder: the processes a group leader follows, each with its participation figure
// (the one rule, accounts/representatives.ts). With exactly one the page opens it directly.
import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph } from "@/components/ds";
import { ListSection } from "@/components/list-section";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
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
        <TextLink href="/gruppeleder/metoder">{t("picker.methods")}</TextLink>
        <TextLink href="/kunnskapsgrunnlag">{t("picker.report")}</TextLink>
      </Paragraph>
      <ListSection id="prosesser" heading={ta("participation")} className="space-y-3" empty={processes.length === 0} emptyText={t("picker.empty")}>
        <ul className="space-y-3">
          {processes.map((p) => (
            <li key={p.id}>
              <Card data-color="neutral" className="space-y-1">
                <Heading level={3} data-size="xs">
                  <TextLink href={`/gruppeleder/prosesser/${p.slug}`}>{p.title}</TextLink>
                </Heading>
                <Paragraph data-testid={`deltakelse-${p.slug}`}>{ta("participationBody", { signedUp: p.signedUp, total: p.total })}</Paragraph>
                <Paragraph data-size="sm">
                  {tp(`rules.${p.participationRule}`)} · <TextLink href={`/gruppeleder/deltakelse/${p.id}`}>{t("dashboard.links.participation")}</TextLink>
                </Paragraph>
              </Card>
            </li>
          ))}
        </ul>
      </ListSection>
    </>
  );
}
