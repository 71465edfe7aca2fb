// One evaluation as read: the politician's own answers after saving or once evaluation is
// closed, and each evaluation on the administration's page.
import { getTranslations } from "next-intl/server";
import { FactList } from "@/components/fact-list";
import type { Evaluation } from "../queries";

export async function EvaluationAnswers({ evaluation: e }: { evaluation: Evaluation }) {
  const [t, ta] = await Promise.all([getTranslations("evaluations.form"), getTranslations("evaluations.answers")]);
  const text = (v: string) => (v.trim() === "" ? ta("empty") : v);
  return (
    <FactList
      layout="narrow"
      rows={[
        [t("preparationHours"), ta("hours", { hours: e.preparationHours })],
        [t("executionHours"), ta("hours", { hours: e.executionHours })],
        [t("costNok"), ta("cost", { cost: e.costNok })],
        [t("participants"), ta("number", { value: e.participants })],
        [t("targetGroups"), e.reachedGroups.length > 0 ? e.reachedGroups.map((g) => g.name).join(", ") : ta("noGroups")],
        [t("workedWell"), text(e.workedWell)],
        [t("workedLessWell"), text(e.workedLessWell)],
        [t("wouldUseAgain"), ta("scale", { value: e.wouldUseAgain })],
        [t("transferable"), text(e.transferable)],
        [t("comments"), text(e.comments)],
      ]}
    />
  );
}
