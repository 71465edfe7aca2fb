import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";
import { Section } from "@/components/section";
import type { BuilderForm } from "../../builder/queries";
import { LOCALES } from "../../builder/schemas";
import { completeLanguages, type FieldTexts, type FormTexts } from "../../types";

/** Per language: shown to citizens, offered but incomplete (and what is missing), or not offered. */
export async function LanguageStatus({ form }: { form: BuilderForm }) {
  const [t, tl] = await Promise.all([getTranslations("formBuilder.languages"), getTranslations("forms.language")]);
  const complete = completeLanguages(form);
  const texts = form.texts as FormTexts;
  return (
    <Section id="sprak-status" heading={t("heading")} className="space-y-3">
      <ul className="space-y-2">
        {LOCALES.map((l) => {
          const missing = [
            ...(texts[l]?.title ? [] : [t("missingTitle")]),
            ...form.fields
              .filter((f) => !(f.texts as FieldTexts)[l]?.label)
              .map((f) => t("missingLabel", { label: (f.texts as FieldTexts).nb?.label ?? f.key })),
          ];
          const offered = form.languages.includes(l);
          const hasTexts = Boolean(texts[l]?.title) || form.fields.some((f) => (f.texts as FieldTexts)[l]?.label);
          return (
            <li key={l} className="flex flex-wrap items-baseline gap-2">
              <Tag data-color={complete.includes(l) ? "success" : offered ? "warning" : "neutral"}>{tl(l)}</Tag>
              <span>
                {complete.includes(l)
                  ? t("complete")
                  : offered
                    ? t("incomplete", { items: missing.join(", ") })
                    : hasTexts
                      ? t("notOfferedWithTexts")
                      : t("notOffered")}
              </span>
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
