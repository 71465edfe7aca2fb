import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Alert } from "@/components/ds";
import { ChoiceGroup, TextField, TextFields } from "@/components/form-fields";
import { toDateInput } from "@/lib/form-values";
import { updateProcessAction } from "../../actions";
import { listThematicPlans, type AdminProcess } from "../../admin-queries";

/**
 * Rammer: the texts citizens read, the period, the plans fed and the ordered framework items.
 * `focus` names a field to focus on arrival (the publishing checklist's «Skriv om …» links):
 * rendered as autofocus, so it works without JavaScript too.
 */
export async function FrameworkForm({ process, isNew, focus }: { process: AdminProcess; isNew: boolean; focus?: string }) {
  const focused = (name: string) => (focus === name ? true : undefined);
  const [t, ta, plans] = await Promise.all([getTranslations("processes.framework"), getTranslations("admin"), listThematicPlans()]);
  // A long text the checklist can point to: its label and help are keyed by its name.
  const long = (name: "goal" | "expectationGap" | "inputUsePlan", rows: number, maxLength: number) => ({
    name,
    autoFocus: focused(name),
    label: t(name),
    description: t(`${name}Help`),
    defaultValue: process[name],
    multiline: true,
    rows,
    maxLength,
  });
  return (
    <>
      {isNew && (
        <Alert data-color="success" className="mb-6">
          {t("created")}
        </Alert>
      )}
      <ActionForm action={updateProcessAction} submitLabel={t("submit")} successMessage={ta("saved")}>
        <input type="hidden" name="processId" value={process.id} />
        <TextField name="title" label={t("title")} defaultValue={process.title} required maxLength={160} />
        <TextField name="slug" label={t("slug")} description={t("slugHelp", { slug: process.slug })} defaultValue={process.slug} required maxLength={80} />
        <TextField name="summary" label={t("summary")} description={t("summaryHelp")} defaultValue={process.summary} multiline rows={3} maxLength={1000} />
        <TextFields
          fields={[
            long("goal", 4, 4000),
            {
              name: "frameworkItems",
              label: t("items"),
              description: t("itemsHelp"),
              defaultValue: process.frameworkItems.map((f) => f.text).join("\n"),
              multiline: true,
              rows: 8,
            },
            long("expectationGap", 5, 4000),
            long("inputUsePlan", 5, 4000),
          ]}
        />
        <ChoiceGroup
          name="thematicPlanIds"
          legend={t("plans")}
          multiple
          options={plans.map((p) => ({ value: p.id, label: p.name }))}
          defaultValue={process.thematicPlans.map((p) => p.thematicPlanId)}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="startsOn" type="date" label={t("startsOn")} defaultValue={toDateInput(process.startsOn)} />
          <TextField name="endsOn" type="date" label={t("endsOn")} defaultValue={toDateInput(process.endsOn)} />
        </div>
      </ActionForm>
    </>
  );
}
