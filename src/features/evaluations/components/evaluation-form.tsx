"use client";

// The evaluation form, grouped as the DEMRE frame asks: use of resources (time, money),
// whom it reached, and the experience (what worked, would you use it again, could it
// carry over to other processes and target groups). Saving creates or updates.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { Fieldset } from "@/components/ds";
import { ChoiceGroup, TextField } from "@/components/form-fields";
import { submitEvaluationAction } from "../actions";

export type EvaluationDefaults = {
  preparationHours: string;
  executionHours: string;
  costNok: string;
  participants: string;
  targetGroupIds: string[];
  workedWell: string;
  workedLessWell: string;
  wouldUseAgain: string;
  transferable: string;
  comments: string;
};

type Props = { activityId: string; groups: { id: string; name: string; own: boolean }[]; defaults: EvaluationDefaults | null };

export function EvaluationForm({ activityId, groups, defaults: d }: Props) {
  const t = useTranslations("evaluations.form");
  const tp = useTranslations("evaluations.page");
  const scale = (["1", "2", "3", "4", "5"] as const).map((v) => ({ value: v, label: t(`scale.${v}`) }));
  return (
    <ActionForm action={submitEvaluationAction} submitLabel={tp("submit")} className="max-w-2xl space-y-8">
      <input type="hidden" name="activityId" value={activityId} />
      <Fieldset className="space-y-5">
        <Fieldset.Legend>{t("resources")}</Fieldset.Legend>
        <Fieldset.Description>{t("resourcesHelp")}</Fieldset.Description>
        <TextField
          name="preparationHours"
          label={t("preparationHours")}
          description={t("hoursHelp")}
          inputMode="decimal"
          autoComplete="off"
          className="max-w-40"
          defaultValue={d?.preparationHours ?? ""}
        />
        <TextField
          name="executionHours"
          label={t("executionHours")}
          description={t("hoursHelp")}
          inputMode="decimal"
          autoComplete="off"
          className="max-w-40"
          defaultValue={d?.executionHours ?? ""}
        />
        <TextField
          name="costNok"
          label={t("costNok")}
          description={t("costHelp")}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-52"
          defaultValue={d?.costNok ?? ""}
        />
      </Fieldset>
      <Fieldset className="space-y-5">
        <Fieldset.Legend>{t("reach")}</Fieldset.Legend>
        <TextField
          name="participants"
          label={t("participants")}
          description={t("participantsHelp")}
          inputMode="numeric"
          autoComplete="off"
          className="max-w-40"
          defaultValue={d?.participants ?? ""}
        />
        {groups.length > 0 && (
          <ChoiceGroup
            name="targetGroupIds"
            legend={t("targetGroups")}
            description={groups.some((g) => g.own) ? t("targetGroupsHelp") : undefined}
            multiple
            options={groups.map((g) => ({ value: g.id, label: g.own ? t("ownGroup", { name: g.name }) : g.name }))}
            defaultValue={d?.targetGroupIds ?? []}
          />
        )}
      </Fieldset>
      <Fieldset className="space-y-5">
        <Fieldset.Legend>{t("experience")}</Fieldset.Legend>
        <TextField name="workedWell" label={t("workedWell")} description={t("textHelp")} multiline rows={5} defaultValue={d?.workedWell ?? ""} />
        <TextField name="workedLessWell" label={t("workedLessWell")} description={t("textHelp")} multiline rows={5} defaultValue={d?.workedLessWell ?? ""} />
        <ChoiceGroup name="wouldUseAgain" legend={t("wouldUseAgain")} description={t("wouldUseAgainHelp")} options={scale} defaultValue={d?.wouldUseAgain} />
        <TextField name="transferable" label={t("transferable")} description={t("transferableHelp")} multiline rows={4} defaultValue={d?.transferable ?? ""} />
        <TextField name="comments" label={t("comments")} description={t("textHelp")} multiline rows={4} defaultValue={d?.comments ?? ""} />
      </Fieldset>
    </ActionForm>
  );
}
