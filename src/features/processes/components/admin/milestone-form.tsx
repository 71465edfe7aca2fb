import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import { toDateInput } from "@/lib/form-values";
import { saveMilestoneAction } from "../../actions";
import type { AdminProcess } from "../../admin-queries";

type Milestone = AdminProcess["milestones"][number];

export async function MilestoneForm({ process, milestone }: { process: AdminProcess; milestone?: Milestone }) {
  const [t, ta] = await Promise.all([getTranslations("processes.timeline"), getTranslations("admin")]);
  return (
    <ActionForm
      action={saveMilestoneAction}
      submitLabel={milestone ? t("save") : t("add")}
      secondary={milestone && <TextLink href={`/admin/prosesser/${process.id}/fremdrift`}>{ta("cancel")}</TextLink>}
    >
      <input type="hidden" name="processId" value={process.id} />
      {milestone && <input type="hidden" name="milestoneId" value={milestone.id} />}
      <TextField name="title" label={t("titleLabel")} description={t("titleHelp")} defaultValue={milestone?.title} required maxLength={200} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="date" type="date" label={t("date")} defaultValue={toDateInput(milestone?.date)} required />
        <TextField name="endDate" type="date" label={t("endDate")} description={t("endDateHelp")} defaultValue={toDateInput(milestone?.endDate)} />
      </div>
      <TextField name="body" label={t("body")} description={t("bodyHelp")} defaultValue={milestone?.body} maxLength={200} />
      <SelectField
        name="phaseId"
        label={t("phase")}
        emptyLabel={t("noPhase")}
        options={process.phases.map((p) => ({ value: p.id, label: p.title }))}
        defaultValue={milestone?.phaseId ?? ""}
      />
      <ChoiceGroup
        name="isDecisionPoint"
        legend={t("decisionLegend")}
        multiple
        options={[{ value: "on", label: t("isDecisionPoint") }]}
        defaultValue={milestone?.isDecisionPoint ? "on" : undefined}
      />
      <TextField name="decision" label={t("decision")} description={t("decisionHelp")} defaultValue={milestone?.decision} multiline rows={3} maxLength={2000} />
      <TextField name="outcome" label={t("outcome")} description={t("outcomeHelp")} defaultValue={milestone?.outcome} multiline rows={3} maxLength={2000} />
    </ActionForm>
  );
}
