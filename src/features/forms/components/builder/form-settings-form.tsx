import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import { CitizenSignInSetting } from "@/features/auth/sso/components/citizen-sign-in-setting";
import type { AdminProcess } from "@/features/processes/admin-queries";
import { toOsloDateTimeInput } from "@/lib/form-values";
import { saveFormAction } from "../../actions";
import { listFormActivities, type BuilderForm } from "../../builder/queries";
import { langField, LOCALES } from "../../builder/schemas";
import type { FormTexts } from "../../types";

/** A form's settings: texts per language, languages, phase/activity, window, address, publishing. */
export async function FormSettingsForm({ process, form }: { process: AdminProcess; form?: BuilderForm }) {
  const [t, tl, ta, activities, tb] = await Promise.all([
    getTranslations("formBuilder.settings"),
    getTranslations("forms.language"),
    getTranslations("admin"),
    listFormActivities(process.id),
    getTranslations("formBuilder"),
  ]);
  const texts = (form?.texts ?? {}) as FormTexts;
  return (
    <ActionForm
      action={saveFormAction}
      idPrefix="skjema"
      submitLabel={form ? t("save") : t("create")}
      secondary={<TextLink href={`/admin/prosesser/${process.id}/skjema`}>{ta("cancel")}</TextLink>}
    >
      <input type="hidden" name="processId" value={process.id} />
      {form && <input type="hidden" name="formId" value={form.id} />}
      {LOCALES.map((l) => (
        <fieldset key={l} className="space-y-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <legend className="px-1 font-semibold">{l === "nb" ? t("textsNb") : t("texts", { language: tb("languageName", { language: l }) })}</legend>
          {l !== "nb" && <p className="text-sm">{t("textsOptional", { language: tb("languageName", { language: l }) })}</p>}
          <TextField name={langField("title", l)} label={t("title")} defaultValue={texts[l]?.title} required={l === "nb"} maxLength={200} />
          <TextField
            name={langField("intro", l)}
            label={t("intro")}
            description={l === "nb" ? t("introHelp") : undefined}
            defaultValue={texts[l]?.intro}
            multiline
            rows={3}
            maxLength={2000}
          />
        </fieldset>
      ))}
      <ChoiceGroup
        name="languages"
        legend={t("languages")}
        description={t("languagesHelp")}
        multiple
        options={LOCALES.filter((l) => l !== "nb").map((l) => ({ value: l, label: tl(l) }))}
        defaultValue={form?.languages ?? []}
      />
      <SelectField
        name="phaseId"
        label={t("phase")}
        description={t("phaseHelp")}
        emptyLabel={t("noPhase")}
        options={process.phases.map((p) => ({ value: p.id, label: p.title }))}
        defaultValue={form?.phaseId ?? ""}
      />
      <SelectField
        name="activityId"
        label={t("activity")}
        description={t("activityHelp")}
        emptyLabel={t("noActivity")}
        options={activities.map((a) => ({ value: a.id, label: a.title }))}
        defaultValue={form?.activityId ?? ""}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="opensAt" type="datetime-local" label={t("opensAt")} description={t("opensHelp")} defaultValue={toOsloDateTimeInput(form?.opensAt)} />
        <TextField
          name="closesAt"
          type="datetime-local"
          label={t("closesAt")}
          description={t("closesHelp")}
          defaultValue={toOsloDateTimeInput(form?.closesAt)}
        />
      </div>
      <CitizenSignInSetting value={form?.citizenSignIn} />
      <TextField name="slug" label={t("slug")} description={t("slugHelp")} defaultValue={form?.slug} maxLength={80} autoComplete="off" spellCheck={false} />
      <ChoiceGroup
        name="isPublished"
        legend={t("publishedLegend")}
        description={t("publishedHelp")}
        multiple
        options={[{ value: "on", label: t("published") }]}
        defaultValue={form?.isPublished ? "on" : undefined}
      />
    </ActionForm>
  );
}
