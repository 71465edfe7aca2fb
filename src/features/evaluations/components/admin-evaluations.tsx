// The administration's view of one activity's evaluations: whether evaluation is open (and
// the button to close or reopen it), sums and averages, and every politician's answers.
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/button-form";
import { Alert, Card, Heading, Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { setEvaluationClosedAction } from "../actions";
import type { ActivityEvaluations } from "../admin-queries";
import { EvaluationAnswers } from "./evaluation-answers";
import { EvaluationTotals } from "./evaluation-totals";

type Props = { processId: string; data: ActivityEvaluations; notice?: "closed" | "opened" | "figures" };

export async function AdminEvaluations({ processId, data, notice }: Props) {
  const [t, fmtDate] = await Promise.all([getTranslations("evaluations.admin"), getDateFormat()]);
  const { activity: a, evaluations, totals } = data;
  const base = `/admin/prosesser/${processId}/aktiviteter/${a.id}`;
  const when = (d: Date) => fmtDate(d, "dateTime");
  return (
    <div className="space-y-8">
      {notice && (
        <Alert data-color="success" role="status">
          {t(`notice.${notice}`)}
        </Alert>
      )}
      <p>
        <TextLink href={base}>{t("back")}</TextLink>
      </p>

      <Section id="status" heading={t("method", { name: a.method })} className="space-y-3">
        <Paragraph>{a.evaluationClosedAt ? t("closed", { when: when(a.evaluationClosedAt) }) : t("open")}</Paragraph>
        <Paragraph>{t("count", { count: totals.count, confirmed: a.confirmed })}</Paragraph>
        <ButtonForm
          action={setEvaluationClosedAction}
          label={a.evaluationClosedAt ? t("reopen") : t("close")}
          className="space-y-3"
          variant={a.evaluationClosedAt ? "secondary" : "primary"}
          hidden={{ processId, activityId: a.id, closed: a.evaluationClosedAt ? "false" : "true" }}
        />
      </Section>

      <EvaluationTotals processId={processId} data={data} canEdit={true} />

      {evaluations.length > 0 && (
        <Section id="hver" heading={t("each")} className="space-y-4">
          <ul className="space-y-4">
            {evaluations.map((e) => (
              <li key={e.id}>
                <Card data-color="neutral" className="space-y-3">
                  <Heading level={3} data-size="xs">
                    {e.user.party ? t("by", { name: e.user.name, party: e.user.party }) : e.user.name}
                  </Heading>
                  <Paragraph data-size="sm">{t("updated", { when: when(e.updatedAt) })}</Paragraph>
                  <EvaluationAnswers evaluation={e} />
                </Card>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </div>
  );
}
