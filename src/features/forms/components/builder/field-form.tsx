import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Alert, Heading } from "@/components/ds";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import { saveFieldAction } from "../../actions";
import { AGE_PRESET_NAMES, AGE_PRESETS, ageBandLine, ageRangeLabel, formAgeBands, presetOf } from "../../age-bands";
import { categoriesFor } from "../../answer-schema";
import type { BuilderForm } from "../../builder/queries";
import { FIELD_TYPES, langField, LOCALES } from "../../builder/schemas";
import type { FieldTexts } from "../../types";

type Field = BuilderForm["fields"][number];

/** Add or edit one field: type, required, and label, help and choices per language. */
export async function FieldForm({ processId, form, field }: { processId: string; form: BuilderForm; field?: Field }) {
  const [t, tt, tc, ta, td, tb, tr] = await Promise.all([
    getTranslations("formBuilder.fields"),
    getTranslations("formBuilder.types"),
    getTranslations("areas.inputCategory"),
    getTranslations("admin"),
    getTranslations("formBuilder.districts"),
    getTranslations("formBuilder"),
    getTranslations("forms.ageRange"),
  ]);
  const bands = formAgeBands(field?.type === "AGE_BAND" ? field.ageBands : null);
  const preset = presetOf(bands) ?? "custom";
  const bandList = (list: readonly (readonly [number, number])[]) => list.map(([a, b]) => ageRangeLabel(tr, a, b)).join(", ");
  const texts = (field?.texts ?? {}) as FieldTexts;
  const categories = categoriesFor(form.phase?.kind ?? null).map((c) => tc(c as "QUALITY"));
  return (
    <div className="space-y-4">
      {form._count.inputs > 0 && <Alert data-color="info">{t("inputsNote", { count: form._count.inputs })}</Alert>}
      <details className="rounded border border-[var(--ds-color-neutral-border-subtle)] p-3">
        <summary className="cursor-pointer font-semibold">{t("systemChoices")}</summary>
        <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
          <li>{t("categoriesInfo", { list: categories.join(", ") })}</li>
          <li>
            {t("districtsInfo")} <TextLink href="/admin/bydeler">{td("manage")}</TextLink>
          </li>
          <li>{t("ageBandsInfo")}</li>
          <li>{t("targetGroupsInfo")}</li>
          <li>{t("contactInfo")}</li>
        </ul>
      </details>
      <ActionForm
        action={saveFieldAction}
        idPrefix="felt"
        submitLabel={field ? t("save") : t("add")}
        secondary={field && <TextLink href={`/admin/prosesser/${processId}/skjema/${form.id}`}>{ta("cancel")}</TextLink>}
      >
        <input type="hidden" name="processId" value={processId} />
        <input type="hidden" name="formId" value={form.id} />
        {field && <input type="hidden" name="fieldId" value={field.id} />}
        <SelectField
          name="type"
          label={t("type")}
          description={t("typeHelp")}
          options={FIELD_TYPES.map((v) => ({ value: v, label: tt(v) }))}
          defaultValue={field?.type ?? "LONG_TEXT"}
        />
        <ChoiceGroup
          name="required"
          legend={t("requiredLegend")}
          description={t("requiredHelp")}
          multiple
          options={[{ value: "on", label: t("requiredOption") }]}
          defaultValue={field?.required ? "on" : undefined}
        />
        {/* The age bands: on the add form (the type is chosen there, without JS) and on an age field's own page. */}
        {(!field || field.type === "AGE_BAND") && (
          <fieldset className="space-y-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
            <legend className="px-1 font-semibold">{t("ageBandsLegend")}</legend>
            <p className="text-sm">{t("ageBandsHelp")}</p>
            <ChoiceGroup
              name="agePreset"
              legend={t("agePresetLegend")}
              options={[
                ...AGE_PRESET_NAMES.map((p) => ({ value: p, label: `${t(`agePreset.${p}`)}: ${bandList(AGE_PRESETS[p])}` })),
                { value: "custom", label: t("agePreset.custom") },
              ]}
              defaultValue={preset}
            />
            <TextField
              name="ageBandsCustom"
              label={t("ageBandsCustom")}
              description={t("ageBandsCustomHelp")}
              defaultValue={bands.map(ageBandLine).join("\n")}
              multiline
              rows={5}
            />
          </fieldset>
        )}
        {LOCALES.map((l) => (
          <fieldset key={l} className="space-y-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
            <legend className="px-1 font-semibold">{l === "nb" ? t("textsNb") : t("texts", { language: tb("languageName", { language: l }) })}</legend>
            {l !== "nb" && <p className="text-sm">{t("textsOptional", { language: tb("languageName", { language: l }) })}</p>}
            <TextField name={langField("label", l)} label={t("label")} defaultValue={texts[l]?.label} required={l === "nb"} maxLength={300} />
            <TextField name={langField("help", l)} label={t("help")} defaultValue={texts[l]?.help} multiline rows={2} maxLength={1000} />
            <TextField
              name={langField("options", l)}
              label={t("options")}
              description={t("optionsHelp")}
              defaultValue={texts[l]?.options?.join("\n")}
              multiline
              rows={4}
            />
          </fieldset>
        ))}
      </ActionForm>
    </div>
  );
}

/** Heading + form for the "add a field" section of the builder page. */
export async function AddFieldSection({ processId, form }: { processId: string; form: BuilderForm }) {
  const t = await getTranslations("formBuilder.fields");
  return (
    <section aria-labelledby="nytt-felt" className="space-y-4">
      <Heading level={2} data-size="sm" id="nytt-felt">
        {t("addHeading")}
      </Heading>
      <FieldForm processId={processId} form={form} />
    </section>
  );
}
