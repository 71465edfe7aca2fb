// Builds the zod schema for one form from its field definitions: what the server enforces,
// whatever the browser sent. Messages are i18n keys (namespace "forms.validation").
import { z } from "zod";
import type { AgeBand, InputCategory } from "@/generated/prisma/enums";
import { stringList } from "@/lib/form-values";
import { ageBandValue, formAgeBands } from "./age-bands";
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, type FieldTexts } from "./types";

export const INSIGHT_CATEGORIES = ["QUALITY", "EXISTING", "CHALLENGE", "NEED", "HOPE"] as const satisfies readonly InputCategory[];
export const IDEA_CATEGORIES = ["MOST_IMPORTANT", "POSSIBILITY", "ADVICE"] as const satisfies readonly InputCategory[];
/** The population table's fixed bands (a form's own bands are its age field's ageBands). */
export const AGE_BANDS = ["UNDER_20", "AGE_20_39", "AGE_40_66", "AGE_67_79", "AGE_80_PLUS"] as const satisfies readonly AgeBand[];

type Field = { key: string; type: string; required: boolean; texts: unknown; ageBands?: unknown };
type Ctx = { phaseKind: string | null; districtIds: string[]; targetGroupIds: string[] };

const optional = (schema: z.ZodType, required: boolean) =>
  required
    ? schema
    : z
        .union([z.literal("").transform(() => null), schema])
        .optional()
        .transform((v) => v ?? null);

/** One of the given values (works for an empty list, unlike z.enum). */
const oneOf = (values: readonly string[]) => z.string().refine((v) => values.includes(v), "validation.choose");

export function categoriesFor(phaseKind: string | null) {
  return phaseKind === "IDEAS" ? IDEA_CATEGORIES : INSIGHT_CATEGORIES;
}

export function answerSchema(fields: Field[], ctx: Ctx) {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) {
    const req = f.required;
    const options = ((f.texts as FieldTexts).nb?.options ?? []).map((_, i) => String(i));
    switch (f.type) {
      case "SHORT_TEXT":
        shape[f.key] = optional(z.string().trim().min(1, "validation.required").max(MAX_SHORT_TEXT, "validation.tooLong"), req);
        break;
      case "LONG_TEXT":
        shape[f.key] = optional(z.string().trim().min(1, "forms.validation.textRequired").max(MAX_LONG_TEXT, "validation.tooLong"), req);
        break;
      case "SINGLE_CHOICE":
        shape[f.key] = optional(oneOf(options), req);
        break;
      case "MULTI_CHOICE":
        shape[f.key] = stringList.pipe(z.array(oneOf(options)).min(req ? 1 : 0, "validation.choose"));
        break;
      case "SCALE":
        shape[f.key] = optional(z.enum(["1", "2", "3", "4", "5"], "validation.choose").transform(Number), req);
        break;
      case "INSIGHT_CATEGORY":
        shape[f.key] = optional(z.enum(categoriesFor(ctx.phaseKind), "validation.choose"), req);
        break;
      case "DISTRICT":
        shape[f.key] = optional(oneOf(ctx.districtIds), req);
        break;
      case "AGE_BAND":
        // One of the form's own bands, as "min-max" (the input stores the two ages).
        shape[f.key] = optional(oneOf(formAgeBands(f.ageBands).map(ageBandValue)), req);
        break;
      case "TARGET_GROUP":
        shape[f.key] = optional(oneOf(ctx.targetGroupIds), req);
        break;
      case "CONTACT":
        shape[`${f.key}_name`] = z.string().trim().max(120, "validation.tooLong").optional().default("");
        shape[`${f.key}_email`] = z
          .union([z.literal(""), z.string().trim().email("validation.emailInvalid")])
          .optional()
          .default("");
        shape[`${f.key}_phone`] = z
          .union([
            z.literal(""),
            z
              .string()
              .trim()
              .regex(/^\+?[0-9 ]{8,15}$/, "forms.validation.phoneInvalid"),
          ])
          .optional()
          .default("");
        shape[`${f.key}_consent`] = z.preprocess((v) => v === "on", z.boolean());
        break;
    }
  }
  return z.object(shape).superRefine((v, c) => {
    for (const f of fields.filter((x) => x.type === "CONTACT")) {
      const given = v[`${f.key}_name`] || v[`${f.key}_email`] || v[`${f.key}_phone`];
      if (given && !v[`${f.key}_consent`]) c.addIssue({ code: "custom", path: [`${f.key}_consent`], message: "forms.validation.consentRequired" });
      if (v[`${f.key}_consent`] && !v[`${f.key}_email`] && !v[`${f.key}_phone`]) {
        c.addIssue({ code: "custom", path: [`${f.key}_email`], message: "forms.validation.contactMissing" });
      }
    }
  });
}
