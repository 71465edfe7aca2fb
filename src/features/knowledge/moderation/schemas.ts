// zod schemas for the moderation and duplicate commands, shared by forms, gate and services.
import { z } from "zod";

export const MAX_REDACTED_TEXT = 10_000;

const inputId = z.string({ error: "validation.required" }).uuid("errors.knowledgeModeration.inputMissing");

export const moderationRefSchema = z.object({ inputId });
export type ModerationRef = z.infer<typeof moderationRefSchema>;

export const redactInputSchema = z.object({
  inputId,
  redactedText: z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(MAX_REDACTED_TEXT, "validation.tooLong"),
});
export type RedactInput = z.infer<typeof redactInputSchema>;

export const markDuplicateSchema = z.object({
  inputId,
  originalId: z.string({ error: "validation.required" }).uuid("errors.knowledgeModeration.inputMissing"),
});
export type MarkDuplicate = z.infer<typeof markDuplicateSchema>;
