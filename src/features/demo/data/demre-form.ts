// The DEMRE public input form: texts in bokmål, nynorsk and English for the form and every
// field (a language is offered only when all of them have it, see completeLanguages()).
import type { FormFieldType } from "@/generated/prisma/enums";

export const DEMRE_FORM = {
  slug: "demre-innspill",
  languages: ["nb", "nn", "en"] as const,
  texts: {
    nb: {
      title: "Gi innspill: framtidens Drammen",
      intro: "Fortell hva som er bra, hva som bekymrer deg, hva du trenger og hva du håper på – om å bli eldre i Drammen, om levekår og om å høre til.",
    },
    nn: {
      title: "Gi innspel: framtidas Drammen",
      intro: "Fortel kva som er bra, kva som uroar deg, kva du treng og kva du håpar på – om å bli eldre i Drammen, om levekår og om å høyre til.",
    },
    en: {
      title: "Give input: the Drammen of the future",
      intro: "Tell us what is good, what worries you, what you need and what you hope for – about growing older in Drammen, living conditions and belonging.",
    },
  },
  fields: [
    {
      key: "kategori",
      type: "INSIGHT_CATEGORY",
      required: false,
      texts: { nb: { label: "Hva handler innspillet ditt om?" }, nn: { label: "Kva handlar innspelet ditt om?" }, en: { label: "What is your input about?" } },
    },
    {
      key: "innspill",
      type: "LONG_TEXT",
      required: true,
      texts: { nb: { label: "Innspillet ditt" }, nn: { label: "Innspelet ditt" }, en: { label: "Your input" } },
    },
    {
      key: "bydel",
      type: "DISTRICT",
      required: false,
      texts: { nb: { label: "Hvilken bydel gjelder det?" }, nn: { label: "Kva bydel gjeld det?" }, en: { label: "Which district is it about?" } },
    },
    { key: "alder", type: "AGE_BAND", required: false, texts: { nb: { label: "Alder" }, nn: { label: "Alder" }, en: { label: "Age" } } },
    {
      key: "malgruppe",
      type: "TARGET_GROUP",
      required: false,
      texts: { nb: { label: "Jeg tilhører eller snakker for" }, nn: { label: "Eg høyrer til eller talar for" }, en: { label: "I belong to or speak for" } },
    },
    {
      key: "kontakt",
      type: "CONTACT",
      required: false,
      texts: { nb: { label: "Kontaktopplysninger" }, nn: { label: "Kontaktopplysningar" }, en: { label: "Contact details" } },
    },
  ] satisfies { key: string; type: FormFieldType; required: boolean; texts: Record<string, { label: string; help?: string }> }[],
};
