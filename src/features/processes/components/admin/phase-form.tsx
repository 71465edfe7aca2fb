import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { SelectField, TextField } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import { toDateInput } from "@/lib/form-values";
import { savePhaseAction } from "../../actions";
import type { AdminProcess } from "../../admin-queries";

type Phase = AdminProcess["phases"][number];

export async function PhaseForm({ processId, phase }: { processId: string; phase?: Phase }) {
  const [t, tk, ta] = await Promise.all([getTranslations("processes.phases"), getTranslations("process.phaseKind"), getTranslations("admin")]);
  return (
    <ActionForm
      action={savePhaseAction}
      submitLabel={phase ? t("save") : t("add")}
      secondary={phase && <TextLink href={`/admin/prosesser/${processId}/faser`}>{ta("cancel")}</TextLink>}
    >
      <input type="hidden" name="processId" value={processId} />
      {phase && <input type="hidden" name="phaseId" value={phase.id} />}
      <SelectField
        name="kind"
        label={t("kind")}
        options={(["INSIGHT", "IDEAS", "OTHER"] as const).map((k) => ({ value: k, label: tk(k) }))}
        defaultValue={phase?.kind ?? "INSIGHT"}
      />
      <TextField name="title" label={t("title")} description={t("titleHelp")} defaultValue={phase?.title} required maxLength={160} />
      <TextField name="description" label={t("description")} defaultValue={phase?.description} multiline rows={3} maxLength={2000} />
      <TextField
        name="guidingQuestions"
        label={t("questions")}
        description={t("questionsHelp")}
        defaultValue={phase?.guidingQuestions.join("\n")}
        multiline
        rows={5}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startsOn" type="date" label={t("startsOn")} defaultValue={toDateInput(phase?.startsOn)} />
        <TextField name="endsOn" type="date" label={t("endsOn")} defaultValue={toDateInput(phase?.endsOn)} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="expectedOutput" label={t("output")} description={t("outputHelp")} defaultValue={phase?.expectedOutput} maxLength={300} />
        <TextField name="owner" label={t("owner")} description={t("ownerHelp")} defaultValue={phase?.owner} maxLength={160} />
      </div>
    </ActionForm>
  );
}
