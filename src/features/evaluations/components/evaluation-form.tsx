"use client";

// The evaluation form, grouped as the DEMRE frame asks: use of resources (time, money),
// whom it reached, and the experience (what worked, would you use it again, could it
// carry over to other processes and target groups). Saving creates or updates.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { Fieldset } from "@/components/ds";
import { ChoiceGroup, TextField, TextFields } from "@/components/form-fields";
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

type NumberName = "preparationHours" | "executionHours" | "costNok" | "participants";
type Props = { activityId: string; groups: { id: string; name: string; own: boolean }[]; defaults: EvaluationDefaults | null };

export function EvaluationForm({ activityId, groups, defaults: d }: Props) {
  const t = useTranslations("evaluations.form");
  const tp = useTranslations("evaluations.page");
  // The figures: short inputs that keep what was saved; the keyboard fits the number kind.
  const number = (name: NumberName, help: string, inputMode: "decimal" | "numeric", className = "max-w-40") =>
    ({ name, label: t(name), description: t(help), inputMode, autoComplete: "off", className, defaultValue: d?.[name] ?? "" }) as const;
  const scale = (["1", "2", "3", "4", "5"] as const).map((v) => ({ value: v, label: t(`scale.${v}`) }));
  return (
    <ActionForm action={submitEvaluationAction} submitLabel={tp("submit")} className="max-w-2xl space-y-8">
      <input type="hidden" name="activityId" value={activityId} />
      <Fieldset className="space-y-5">
        <Fieldset.Legend>{t("resources")}</Fieldset.Legend>
        <Fieldset.Description>{t("resourcesHelp")}</Fieldset.Description>
        <TextFields
          fields={[
            number("preparationHours", "hoursHelp", "decimal"),
            number("executionHours", "hoursHelp", "decimal"),
            number("costNok", "costHelp", "numeric", "max-w-52"),
          ]}
        />
      </Fieldset>
      <Fieldset className="space-y-5">
        <Fieldset.Legend>{t("reach")}</Fieldset.Legend>
        <TextFields fields={[number("participants", "participantsHelp", "numeric")]} />
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
