import { contentLang } from "@/components/content-lang";
import { CheckboxField, ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import type { Locale } from "@/generated/prisma/enums";
import { ageBandValue, formAgeBands } from "../age-bands";
import { categoriesFor } from "../answer-schema";
import type { PublicForm } from "../queries";
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, textsFor, type FieldTexts } from "../types";
import { CharacterCounter, type CounterTexts } from "./form-enhancements";

type Labels = {
  optional: string;
  choose: string;
  textHelp: string;
  sensitiveWarning: string;
  category: (c: string) => string;
  ageRange: (min: number, max: number) => string;
  optionsInBokmal: string;
  counter: CounterTexts;
  contact: { name: string; email: string; phone: string; consent: string; legend: string; help: string };
};

/**
 * One public form field, rendered by its type; every control works without JavaScript.
 * Text fields have no maxlength attribute: it cuts pasted text off without a word, so the
 * limit is in the help text, a live counter (with JavaScript) and the server's check.
 */
export function PublicFormField({ field, form, locale, labels }: { field: PublicForm["fields"][number]; form: PublicForm; locale: Locale; labels: Labels }) {
  const texts = textsFor<NonNullable<FieldTexts["nb"]>>(field.texts, locale) ?? { label: field.key };
  const label = field.required ? texts.label : `${texts.label} ${labels.optional}`;
  const common = { name: field.key, required: field.required };
  // A drop-down with «Velg» first: districts, age bands and target groups.
  const select = (options: { value: string; label: string; lang?: string }[], description = texts.help) => (
    <SelectField {...common} label={label} description={description} emptyLabel={labels.choose} options={options} />
  );
  switch (field.type) {
    case "LONG_TEXT":
      return (
        <>
          <TextField
            {...common}
            label={label}
            multiline
            rows={8}
            description={
              <>
                {texts.help && <span className="block">{texts.help}</span>}
                <span className="block">{labels.textHelp}</span>
                <strong className="block">{labels.sensitiveWarning}</strong>
              </>
            }
          />
          <CharacterCounter name={field.key} max={MAX_LONG_TEXT} texts={labels.counter} />
        </>
      );
    case "SHORT_TEXT":
      return (
        <>
          <TextField {...common} label={label} description={texts.help} />
          <CharacterCounter name={field.key} max={MAX_SHORT_TEXT} texts={labels.counter} />
        </>
      );
    case "SINGLE_CHOICE":
    case "MULTI_CHOICE":
      return (
        <ChoiceGroup
          name={field.key}
          legend={label}
          description={texts.help}
          multiple={field.type === "MULTI_CHOICE"}
          options={(texts.options ?? []).map((o, i) => ({ value: String(i), label: o }))}
        />
      );
    case "SCALE":
      return <ChoiceGroup name={field.key} legend={label} description={texts.help} options={["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }))} />;
    case "INSIGHT_CATEGORY":
      return (
        <ChoiceGroup
          name={field.key}
          legend={label}
          description={texts.help}
          options={categoriesFor(form.phase?.kind ?? null).map((c) => ({ value: c, label: labels.category(c) }))}
        />
      );
    case "DISTRICT":
      return select(form.districts.map((d) => ({ value: d.id, label: d.name })));
    case "AGE_BAND":
      return select(formAgeBands(field.ageBands).map((r) => ({ value: ageBandValue(r), label: labels.ageRange(r[0], r[1]) })));
    case "TARGET_GROUP":
      // Target groups are named by staff in bokmål only: marked so, and said so on other forms.
      return select(
        form.targetGroups.map((g) => ({ value: g.id, label: g.name, lang: contentLang(locale) })),
        locale === "nb" ? texts.help : [texts.help, labels.optionsInBokmal].filter(Boolean).join(" "),
      );
    case "CONTACT":
      return (
        <fieldset className="space-y-4 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
          <legend className="px-1 font-semibold">{labels.contact.legend}</legend>
          <p className="text-sm">{texts.help ?? labels.contact.help}</p>
          <TextField name={`${field.key}_name`} label={labels.contact.name} autoComplete="name" maxLength={120} />
          <TextField name={`${field.key}_email`} type="email" label={labels.contact.email} autoComplete="email" />
          <TextField name={`${field.key}_phone`} type="tel" label={labels.contact.phone} autoComplete="tel" />
          <CheckboxField name={`${field.key}_consent`} label={labels.contact.consent} />
        </fieldset>
      );
  }
}
