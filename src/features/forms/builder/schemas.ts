// zod schemas of the form builder, shared by the admin forms, the gate and the services.
// Texts arrive per language as flat fields (titleNb, labelEn …) so the forms work without JS.
import { z } from "zod";
import type { Locale } from "@/generated/prisma/enums";
import { checkbox, lines, osloDateTime, stringList, uuidField as uuid } from "@/lib/form-values";
import { SLUG_PATTERN } from "@/lib/slug";
import { AGE_PRESET_NAMES, AGE_PRESETS, parseAgeBandLines, type AgeRange } from "../age-bands";

export const LOCALES = ["nb", "nn", "en"] as const satisfies readonly Locale[];
export const FIELD_TYPES = [
  "SHORT_TEXT",
  "LONG_TEXT",
  "SINGLE_CHOICE",
  "MULTI_CHOICE",
  "SCALE",
  "INSIGHT_CATEGORY",
  "DISTRICT",
  "AGE_BAND",
  "TARGET_GROUP",
  "CONTACT",
] as const;
/** Types whose answer is a column of the input (or its contact row): at most one per form. */
export const SYSTEM_TYPES = ["INSIGHT_CATEGORY", "DISTRICT", "AGE_BAND", "TARGET_GROUP", "CONTACT"] as const;
export const CHOICE_TYPES = ["SINGLE_CHOICE", "MULTI_CHOICE"] as const;
export const MAX_OPTIONS = 30;

const suffix = (l: Locale) => (l === "nb" ? "Nb" : l === "nn" ? "Nn" : "En");
export const langField = (name: string, l: Locale) => `${name}${suffix(l)}`;

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");
const optionalUuid = z
  .union([z.literal("").transform(() => null), z.uuid("validation.required")])
  .optional()
  .transform((v) => v ?? null);

/** "" → null, otherwise an Oslo wall-clock date-time. */
const optionalOsloDateTime = z
  .string()
  .trim()
  .optional()
  .default("")
  .transform((v, ctx) => {
    if (v === "") return null;
    const parsed = osloDateTime.safeParse(v);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: "validation.dateInvalid" });
      return z.NEVER;
    }
    return parsed.data;
  });

export const saveFormSchema = z
  .object({
    processId: uuid,
    formId: optionalUuid,
    titleNb: text(200).pipe(z.string().min(1, "validation.required")),
    introNb: text(2000),
    titleNn: text(200),
    introNn: text(2000),
    titleEn: text(200),
    introEn: text(2000),
    languages: stringList.pipe(z.array(z.enum(LOCALES))),
    phaseId: optionalUuid,
    activityId: optionalUuid,
    opensAt: optionalOsloDateTime,
    closesAt: optionalOsloDateTime,
    slug: text(80).refine((v) => v === "" || SLUG_PATTERN.test(v), "validation.slugInvalid"),
    isPublished: checkbox,
    // ID-porten before answering (issue #21); missing (ID-porten off) means optional.
    citizenSignIn: z.preprocess((v) => (v === undefined || v === "" ? "OPTIONAL" : v), z.enum(["OPTIONAL", "SUBSTANTIAL", "HIGH"], "validation.choose")),
  })
  .superRefine((v, ctx) => {
    if (v.opensAt && v.closesAt && v.closesAt <= v.opensAt)
      ctx.addIssue({ code: "custom", path: ["closesAt"], message: "formBuilder.validation.closesBeforeOpens" });
    for (const l of ["nn", "en"] as const) {
      if (v[langField("intro", l) as "introNn"] && !v[langField("title", l) as "titleNn"]) {
        ctx.addIssue({ code: "custom", path: [langField("title", l)], message: "formBuilder.validation.titleMissing" });
      }
    }
  })
  .transform((v) => ({
    ...v,
    // Bokmål is always offered: it is the language every text falls back to.
    languages: LOCALES.filter((l) => l === "nb" || v.languages.includes(l)),
    texts: Object.fromEntries(
      LOCALES.flatMap((l) => {
        const title = v[langField("title", l) as "titleNb"];
        const intro = v[langField("intro", l) as "introNb"];
        return title ? [[l, intro ? { title, intro } : { title }]] : [];
      }),
    ),
  }));
export type SaveFormInput = z.infer<typeof saveFormSchema>;

const options = z.preprocess(
  (v) => v ?? "",
  lines.pipe(z.array(z.string().max(200, "validation.tooLong")).max(MAX_OPTIONS, "formBuilder.validation.tooManyOptions")),
);

export const saveFieldSchema = z
  .object({
    processId: uuid,
    formId: uuid,
    fieldId: optionalUuid,
    type: z.enum(FIELD_TYPES, "validation.choose"),
    required: checkbox,
    labelNb: text(300).pipe(z.string().min(1, "validation.required")),
    helpNb: text(1000),
    optionsNb: options,
    labelNn: text(300),
    helpNn: text(1000),
    optionsNn: options,
    labelEn: text(300),
    helpEn: text(1000),
    optionsEn: options,
    // Age field only: a preset or the admin's own bands, one a line (issue #16 item 15).
    agePreset: z.preprocess((v) => v || "standard", z.enum([...AGE_PRESET_NAMES, "custom"], "validation.choose")),
    ageBandsCustom: z.preprocess((v) => v ?? "", z.string().max(2000, "validation.tooLong")),
  })
  .superRefine((v, ctx) => {
    if (v.type === "AGE_BAND" && v.agePreset === "custom") {
      const parsed = parseAgeBandLines(v.ageBandsCustom.split(/\r?\n/));
      if ("problem" in parsed) ctx.addIssue({ code: "custom", path: ["ageBandsCustom"], message: parsed.problem.message, params: parsed.problem.values });
    }
    const isChoice = (CHOICE_TYPES as readonly string[]).includes(v.type);
    if (isChoice && v.optionsNb.length < 2) ctx.addIssue({ code: "custom", path: ["optionsNb"], message: "formBuilder.validation.optionsTooFew" });
    for (const l of ["nn", "en"] as const) {
      const label = v[langField("label", l) as "labelNn"];
      const help = v[langField("help", l) as "helpNn"];
      const opts = v[langField("options", l) as "optionsNn"];
      if (!label && (help || (isChoice && opts.length > 0)))
        ctx.addIssue({ code: "custom", path: [langField("label", l)], message: "formBuilder.validation.labelMissing" });
      if (isChoice && label && opts.length !== v.optionsNb.length) {
        ctx.addIssue({ code: "custom", path: [langField("options", l)], message: "formBuilder.validation.optionCount" });
      }
    }
  })
  .transform((v) => {
    const isChoice = (CHOICE_TYPES as readonly string[]).includes(v.type);
    const texts = Object.fromEntries(
      LOCALES.flatMap((l) => {
        const label = v[langField("label", l) as "labelNb"];
        if (!label) return [];
        const help = v[langField("help", l) as "helpNb"];
        const opts = v[langField("options", l) as "optionsNb"];
        return [[l, { label, ...(help ? { help } : {}), ...(isChoice ? { options: opts } : {}) }]];
      }),
    );
    // Contact details are always optional: consent cannot be demanded.
    let ageBands: AgeRange[] | null = null;
    if (v.type === "AGE_BAND") {
      const parsed = v.agePreset === "custom" ? parseAgeBandLines(v.ageBandsCustom.split(/\r?\n/)) : null;
      ageBands = parsed && "bands" in parsed ? parsed.bands : AGE_PRESETS[v.agePreset === "custom" ? "standard" : v.agePreset].map(([a, b]) => [a, b] as const);
    }
    return { processId: v.processId, formId: v.formId, fieldId: v.fieldId, type: v.type, required: v.type !== "CONTACT" && v.required, texts, ageBands };
  });
export type SaveFieldInput = z.infer<typeof saveFieldSchema>;

export const fieldRefSchema = z.object({ processId: uuid, formId: uuid, fieldId: uuid });
export const moveFieldSchema = fieldRefSchema.extend({ direction: z.enum(["up", "down"]) });
