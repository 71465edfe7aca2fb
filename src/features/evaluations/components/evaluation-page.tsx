// The politician's evaluation page: what the activity was, then the form (create or
// change), the saved answers after a save, or a read-only view once evaluation is closed.
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { EvaluationPage as Data, Evaluation } from "../queries";
import { EvaluationAnswers } from "./evaluation-answers";
import { EvaluationForm, type EvaluationDefaults } from "./evaluation-form";

/** Stored values as the form shows them: no thousands separators, the locale's decimal mark. */
function toDefaults(e: Evaluation, locale: string): EvaluationDefaults {
  const decimal = (n: number) => n.toLocaleString(locale, { useGrouping: false, maximumFractionDigits: 1 });
  return {
    preparationHours: decimal(e.preparationHours),
    executionHours: decimal(e.executionHours),
    costNok: String(e.costNok),
    participants: String(e.participants),
    targetGroupIds: e.reachedGroups.map((g) => g.id),
    workedWell: e.workedWell,
    workedLessWell: e.workedLessWell,
    wouldUseAgain: String(e.wouldUseAgain),
    transferable: e.transferable,
    comments: e.comments,
  };
}

export async function EvaluationPage({ data, saved, locale }: { data: Data; saved: boolean; locale: string }) {
  const [t, fmtDate] = await Promise.all([getTranslations("evaluations.page"), getDateFormat()]);
  const { activity: a, evaluation, block } = data;
  const when = (d: Date) => fmtDate(d, "dateTime");
  const time = `${fmtDate(a.startsAt, "dateTimeFull")}–${fmtDate(a.endsAt, "time")}`;
  const where = [a.isOnline ? t("online") : null, a.place, a.district].filter(Boolean).join(", ");
  const closed = block === "closed";

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <div className="space-y-10">
        <Section id="aktiviteten" heading={a.title} className="space-y-3">
          <FactList
            layout="narrow"
            rows={[
              [t("method"), a.method],
              [t("when"), time],
              [t("where"), where],
              [t("process"), a.process],
            ]}
          />
        </Section>

        {saved && evaluation && !block && (
          <Alert data-color="success" role="status">
            {t("saved")}
          </Alert>
        )}

        {closed && (
          <Alert data-color="info">
            {evaluation ? t("closed", { when: when(a.evaluationClosedAt!) }) : t("closedNone", { when: when(a.evaluationClosedAt!) })}
          </Alert>
        )}
        {block && !closed && (
          <Alert data-color="warning">
            <Heading level={2} data-size="xs">
              {t("blocked")}
            </Heading>
            <Paragraph>{t(`block.${block}`)}</Paragraph>
          </Alert>
        )}

        {evaluation && (block || saved) && (
          <Section id="din-evaluering" heading={t("yours")} className="space-y-3">
            <Paragraph data-size="sm">{t("lastSaved", { when: when(evaluation.updatedAt) })}</Paragraph>
            <EvaluationAnswers evaluation={evaluation} />
          </Section>
        )}

        {!block && (
          <Section id="skjema" heading={evaluation ? t("edit") : t("form")} className="space-y-4">
            {evaluation && !saved && <Paragraph data-size="sm">{t("lastSaved", { when: when(evaluation.updatedAt) })}</Paragraph>}
            <EvaluationForm activityId={a.id} groups={data.groups} defaults={evaluation ? toDefaults(evaluation, locale) : null} />
          </Section>
        )}

        <p>
          <TextLink href="/politiker">{t("back")}</TextLink>
        </p>
      </div>
    </>
  );
}
