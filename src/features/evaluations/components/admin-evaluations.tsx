// The administration's view of one activity's evaluations: whether evaluation is open (and
// the button to close or reopen it), sums and averages, and every politician's answers.
import { Alert, Card, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@digdir/designsystemet-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDateFormat } from "@/lib/dates/get-date-format";
import NextLink from "next/link";
import { ActionForm } from "@/components/action-form";
import { setEvaluationClosedAction } from "../actions";
import type { ActivityEvaluations } from "../admin-queries";
import { EvaluationAnswers } from "./evaluation-answers";

type Props = { processId: string; data: ActivityEvaluations; notice?: "closed" | "opened" };
type Measure = "preparationHours" | "executionHours" | "costNok" | "participants" | "wouldUseAgain";

export async function AdminEvaluations({ processId, data, notice }: Props) {
  const [t, format, fmtDate] = await Promise.all([getTranslations("evaluations.admin"), getFormatter(), getDateFormat()]);
  const { activity: a, evaluations, totals } = data;
  const base = `/admin/prosesser/${processId}/aktiviteter/${a.id}`;
  const when = (d: Date) => fmtDate(d, "dateTime");
  const num = (v: number | null, digits = 1) => (v == null ? t("notSummed") : format.number(v, { maximumFractionDigits: digits }));
  const measures: [Measure, boolean][] = [
    ["preparationHours", true],
    ["executionHours", true],
    ["costNok", true],
    ["participants", true],
    ["wouldUseAgain", false], // an average of a 1–5 scale means something; its sum does not
  ];
  return (
    <div className="space-y-8">
      {notice && (
        <Alert data-color="success" role="status">
          {t(`notice.${notice}`)}
        </Alert>
      )}
      <p>
        <NextLink className="ds-link" href={base}>
          {t("back")}
        </NextLink>
      </p>

      <section aria-labelledby="status" className="space-y-3">
        <Heading level={2} data-size="sm" id="status">
          {t("method", { name: a.method })}
        </Heading>
        <Paragraph>{a.evaluationClosedAt ? t("closed", { when: when(a.evaluationClosedAt) }) : t("open")}</Paragraph>
        <Paragraph>{t("count", { count: totals.count, confirmed: a.confirmed })}</Paragraph>
        <ActionForm action={setEvaluationClosedAction} submitLabel={a.evaluationClosedAt ? t("reopen") : t("close")} submitVariant={a.evaluationClosedAt ? "secondary" : "primary"} className="space-y-3">
          <input type="hidden" name="processId" value={processId} />
          <input type="hidden" name="activityId" value={a.id} />
          <input type="hidden" name="closed" value={a.evaluationClosedAt ? "false" : "true"} />
        </ActionForm>
      </section>

      <section aria-labelledby="samlet" className="space-y-3">
        <Heading level={2} data-size="sm" id="samlet">
          {t("totals")}
        </Heading>
        {totals.count === 0 ? (
          <Paragraph>{t("empty")}</Paragraph>
        ) : (
          <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("table")}>
            <Table zebra>
              <caption className="sr-only">{t("table")}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell>{t("colMeasure")}</TableHeaderCell>
                  <TableHeaderCell>{t("colSum")}</TableHeaderCell>
                  <TableHeaderCell>{t("colAvg")}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {measures.map(([m, summed]) => (
                  <TableRow key={m}>
                    <TableHeaderCell scope="row">{t(m)}</TableHeaderCell>
                    <TableCell>{summed ? num(totals.sum[m as Exclude<Measure, "wouldUseAgain">], 1) : t("notSummed")}</TableCell>
                    <TableCell>{num(totals.avg[m])}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      {evaluations.length > 0 && (
        <section aria-labelledby="hver" className="space-y-4">
          <Heading level={2} data-size="sm" id="hver">
            {t("each")}
          </Heading>
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
        </section>
      )}
    </div>
  );
}
