// zod schemas shared by the mail forms, actions and services.
import { z } from "zod";
import { stringList } from "@/lib/form-values";
import { PREFERENCE_CHOICES, type PreferenceChoice } from "./kinds";

const choices = Object.keys(PREFERENCE_CHOICES) as [PreferenceChoice, ...PreferenceChoice[]];

/** /konto: the choices that are ON (a checkbox per choice; the ones not on the page are kept). */
export const mailPreferencesSchema = z.object({
  shown: stringList.pipe(z.array(z.enum(choices))),
  on: stringList.pipe(z.array(z.enum(choices))),
});
export type MailPreferencesInput = z.infer<typeof mailPreferencesSchema>;

export const outboxMessageRefSchema = z.object({ messageId: z.uuid("validation.invalid") });
export type OutboxMessageRef = z.infer<typeof outboxMessageRefSchema>;

export const OUTBOX_STATUSES = ["PENDING", "SENT", "DEAD", "SKIPPED", "CANCELLED"] as const;
