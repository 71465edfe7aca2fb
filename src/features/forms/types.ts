// Texts of forms and fields are stored per language as JSON (Form.texts, FormField.texts).
import type { FormFieldType, Locale } from "@/generated/prisma/enums";

export type FormTexts = Partial<Record<Locale, { title: string; intro?: string }>>;
export type FieldTexts = Partial<Record<Locale, { label: string; help?: string; options?: string[] }>>;

export const MAX_LONG_TEXT = 5000;
export const MAX_SHORT_TEXT = 200;

/** Field types whose choices come from the system, not from the form's own texts. */
export const SYSTEM_CHOICES: readonly FormFieldType[] = ["INSIGHT_CATEGORY", "DISTRICT", "AGE_BAND", "TARGET_GROUP"];

export function textsFor<T>(texts: unknown, locale: Locale): T | undefined {
  const all = (texts ?? {}) as Partial<Record<Locale, T>>;
  return all[locale] ?? all.nb;
}

/** A language is offered only when the form and every field have texts in it. */
export function completeLanguages(form: { languages: Locale[]; texts: unknown; fields: { texts: unknown }[] }): Locale[] {
  return form.languages.filter((l) => {
    const f = (form.texts as FormTexts)[l];
    return Boolean(f?.title) && form.fields.every((field) => Boolean((field.texts as FieldTexts)[l]?.label));
  });
}
