// "Samlet" for one activity: politician-hours add up per politician (sum and average), while
// participants and cost are facts about the one event, counted once — the agreed figure the
// administration set, else the median of the estimates, always said which («median av 4
// anslag, 58–64»). The administration can set the agreed figures here.
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { DataTable } from "@/components/data-table";
import { Heading, Paragraph } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { Section } from "@/components/section";
import { setAgreedFiguresAction } from "../actions";
import type { CountedOnce } from "../activity-facts";
import type { ActivityEvaluations } from "../admin-queries";

type Props = { processId: string; data: ActivityEvaluations; canEdit: boolean };

export async function EvaluationTotals({ processId, data, canEdit }: Props) {
  const [t, format] = await Promise.all([getTranslations("evaluations.admin"), getFormatter()]);
  const { activity: a, totals } = data;
  const num = (v: number | null, digits = 1) => (v == null ? t("notSummed") : format.number(v, { maximumFractionDigits: digits }));
  const basis = (c: CountedOnce) =>
    c.source === "AGREED"
      ? t("basisAgreed", { count: c.estimates })
      : c.source === "MEDIAN"
        ? c.min === c.max
          ? t("basisMedianSame", { count: c.estimates })
          : t("basisMedian", { count: c.estimates, min: format.number(c.min ?? 0), max: format.number(c.max ?? 0) })
        : t("notSummed");
  return (
    <Section id="samlet" heading={t("totals")} className="space-y-3">
      {totals.count === 0 && a.agreedParticipants == null && a.agreedCostNok == null ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <>
          <Paragraph data-size="sm">{t("totalsNote")}</Paragraph>
          <DataTable
            label={t("table")}
            caption="hidden"
            testId="evaluering-samlet"
            rowHeader="bold"
            columns={[t("colMeasure"), t("colTotal"), t("colAvg"), t("colBasis")]}
            rows={[
              ...(["preparationHours", "executionHours"] as const).map((m) => [
                t(m),
                num(totals[m].sum),
                num(totals[m].avg),
                t("basisSum", { count: totals.count }),
              ]),
              ...(["participants", "costNok"] as const).map((m) => [t(m), num(totals[m].value, 0), t("notSummed"), basis(totals[m])]),
              [t("wouldUseAgain"), t("notSummed"), num(totals.wouldUseAgain), t("basisAverage", { count: totals.count })],
            ]}
            rowKey={(r) => String(r[0])}
            cells={(r) => r}
          />
        </>
      )}
      {canEdit && (
        <ActionForm action={setAgreedFiguresAction} submitLabel={t("agreedSave")} submitVariant="secondary" className="max-w-xl space-y-4">
          <Heading level={3} data-size="xs">
            {t("agreedTitle")}
          </Heading>
          <Paragraph data-size="sm">{t("agreedHelp")}</Paragraph>
          <input type="hidden" name="processId" value={processId} />
          <input type="hidden" name="activityId" value={a.id} />
          <TextField
            name="agreedParticipants"
            label={t("agreedParticipants")}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-40"
            defaultValue={a.agreedParticipants?.toString() ?? ""}
          />
          <TextField
            name="agreedCostNok"
            label={t("agreedCostNok")}
            inputMode="numeric"
            autoComplete="off"
            className="max-w-52"
            defaultValue={a.agreedCostNok?.toString() ?? ""}
          />
        </ActionForm>
      )}
    </Section>
  );
}
