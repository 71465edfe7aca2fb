import { z } from "zod";
import { MAX_LONG_TEXT } from "@/features/forms/types";
import { uuidField as uuid } from "@/lib/form-values";

/** An optional choice from a select: "" (none chosen) becomes null. */
const optionalId = z
  .union([z.literal("").transform(() => null), z.uuid("validation.choose")])
  .optional()
  .transform((v) => v ?? null);

/** The languages a politician can mark what they heard in (the full list lives on the inbox). */
export const RECORD_LANGUAGES = ["nb", "nn", "en", "other"] as const;
export const INPUT_CATEGORIES = ["QUALITY", "EXISTING", "CHALLENGE", "NEED", "HOPE", "MOST_IMPORTANT", "POSSIBILITY", "ADVICE"] as const;

/**
 * One input heard at an activity. The category is checked against the activity's phase in
 * the service (the schema cannot know the phase); the channel, method, process and phase
 * come from the activity, never from the form.
 */
export const recordInputSchema = z.object({
  activityId: uuid,
  idempotencyKey: z.uuid("validation.invalid"),
  text: z.string().trim().min(1, "recording.validation.textRequired").max(MAX_LONG_TEXT, "validation.tooLong"),
  category: z.enum(INPUT_CATEGORIES, "recording.validation.categoryRequired"),
  targetGroupId: optionalId,
  districtId: optionalId,
  language: z.enum(RECORD_LANGUAGES, "validation.choose").optional().default("nb"),
});
export type RecordInput = z.infer<typeof recordInputSchema>;

export const deleteRecordedInputSchema = z.object({ inputId: uuid });
export type DeleteRecordedInput = z.infer<typeof deleteRecordedInputSchema>;
