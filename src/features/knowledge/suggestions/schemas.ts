import { z } from "zod";
import { InputCategory } from "@/generated/prisma/enums";
import { uuidField as uuid } from "@/lib/form-values";

const CATEGORIES = Object.values(InputCategory) as [InputCategory, ...InputCategory[]];
/** Where to go after a decision: only an administration page of this app (no open redirect). */
const returnTo = z
  .string()
  .trim()
  .regex(/^\/admin(?:[/?][^\s"'<>\\]*)?$/, "validation.required")
  .optional();
/** Thematic plans as one value: plan ids joined by "+" (a suggestion may be both plans). */
const planValue = z.string().regex(/^[0-9a-f-]{36}(\+[0-9a-f-]{36})*$/i, "validation.choose");
const many = (item: z.ZodType<string>) => z.preprocess((v) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(10));

export const decisionSchema = z.discriminatedUnion("field", [
  z.object({ field: z.literal("category"), inputId: uuid, value: z.enum(CATEGORIES, "validation.choose"), returnTo }),
  z.object({ field: z.literal("topic"), inputId: uuid, value: uuid, returnTo }),
  z.object({ field: z.literal("plan"), inputId: uuid, value: planValue, returnTo }),
]);
export type DecisionInput = z.infer<typeof decisionSchema>;

/** "Godta alle forslag": exactly the best suggestions the panel showed, per unset field. */
export const acceptAllSchema = z.object({
  inputId: uuid,
  category: z.preprocess((v) => (v === "" ? undefined : v), z.enum(CATEGORIES, "validation.choose").optional()),
  plan: z.preprocess((v) => (v === "" ? undefined : v), planValue.optional()),
  topic: many(z.uuid("validation.choose")),
  returnTo,
});
export type AcceptAllInput = z.infer<typeof acceptAllSchema>;

export const trainSchema = z.object({});
