// A process's participation: the rule (expected of everyone, or each politician's choice)
// and who has signed up. The administration edits the rule; group leaders read it.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { participationOverview } from "../participation-queries";
import { ParticipationOverview } from "./participation-overview";
import { ParticipationRuleForm } from "./participation-rule-form";

type Props = { process: { id: string; status: string; participationRule: string }; canEdit: boolean };

export async function ParticipationPage({ process, canEdit }: Props) {
  const [t, overview] = await Promise.all([getTranslations("accounts.participation"), participationOverview(process.id)]);
  return (
    <div className="space-y-10">
      <Section id="deltakelse-regel" heading={t("ruleTitle")} className="space-y-3">
        {canEdit && process.status !== "ARCHIVED" ? (
          <ParticipationRuleForm processId={process.id} rule={process.participationRule} />
        ) : (
          <Paragraph>{t("ruleNow", { rule: t(`rules.${process.participationRule}`) })}</Paragraph>
        )}
      </Section>
      <ParticipationOverview overview={overview} rule={process.participationRule} />
    </div>
  );
}
