"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup } from "@/components/form-fields";
import { setParticipationRuleAction } from "@/features/participation/actions";
import { PARTICIPATION_RULES } from "@/features/participation/schemas";

export function ParticipationRuleForm({ processId, rule }: { processId: string; rule: string }) {
  const t = useTranslations("accounts.participation");
  return (
    <ActionForm action={setParticipationRuleAction} submitLabel={t("save")} successMessage={t("saved")} className="max-w-2xl space-y-4">
      <input type="hidden" name="processId" value={processId} />
      <ChoiceGroup
        name="participationRule"
        legend={t("ruleLegend")}
        description={t("ruleHelp")}
        options={PARTICIPATION_RULES.map((r) => ({ value: r, label: t(`rules.${r}`) }))}
        defaultValue={rule}
      />
    </ActionForm>
  );
}
