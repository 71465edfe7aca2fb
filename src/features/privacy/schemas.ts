// Shared by the citizen's request form, its action and the service, and by the
// administration's handling form.
import { z } from "zod";
import "@/lib/zod-messages";
import { HANDLINGS, MESSAGE_MAX, REQUEST_KINDS } from "./request-kinds";

export const privacyRequestSchema = z
  .object({
    code: z.string().trim().min(1, "validation.required").max(20),
    kind: z.enum(REQUEST_KINDS, "privacy.validation.kind"),
    message: z.string().trim().max(MESSAGE_MAX, "validation.tooLong"),
    // Where to answer, when the citizen wants an answer by e-mail (not stored anywhere else).
    replyEmail: z.union([z.literal(""), z.email("validation.emailInvalid").max(254)]).default(""),
  })
  .refine((v) => v.kind !== "CORRECTION" || v.message.length > 0, { path: ["message"], message: "privacy.validation.correctionText" });

export const handlePrivacyRequestSchema = z
  .object({
    id: z.uuid("errors.notFound"),
    handling: z.enum(HANDLINGS, "privacy.validation.handling"),
    // What the citizen is told (on the receipt page) — required when refusing.
    resolution: z.string().trim().max(MESSAGE_MAX, "validation.tooLong"),
    correctedText: z.string().trim().max(10_000, "validation.tooLong").default(""),
  })
  .refine((v) => v.handling !== "REFUSE" || v.resolution.length > 0, { path: ["resolution"], message: "privacy.validation.refusalReason" })
  .refine((v) => v.handling !== "CORRECT" || v.correctedText.length > 0, { path: ["correctedText"], message: "privacy.validation.correctedText" });

export type PrivacyRequestInput = z.infer<typeof privacyRequestSchema>;
export type HandlePrivacyRequestInput = z.infer<typeof handlePrivacyRequestSchema>;

export const setRetentionSchema = z.object({
  processId: z.uuid("errors.notFound"),
  retentionMonths: z.coerce
    .number("validation.positiveInt")
    .int("validation.positiveInt")
    .min(1, "privacy.validation.retentionRange")
    .max(120, "privacy.validation.retentionRange"),
});
export type SetRetentionInput = z.infer<typeof setRetentionSchema>;
