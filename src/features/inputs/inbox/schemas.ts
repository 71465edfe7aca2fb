// zod schemas for the inbox commands, shared by the forms, the gate and the services.
import { z } from "zod";
import { InputStatus } from "@/generated/prisma/enums";

export const MAX_PUBLIC_RESPONSE = 2000;
export const MAX_HIDE_NOTE = 500;
export const HIDE_REASONS = ["ABUSIVE", "PERSONAL_DATA", "SPAM", "OTHER"] as const;
export type HideReason = (typeof HIDE_REASONS)[number];

const inputId = z.string({ error: "validation.required" }).uuid("inbox.validation.inputMissing");

export const inputRefSchema = z.object({ inputId });

export const setInputStatusSchema = z
  .object({
    inputId,
    status: z.enum(InputStatus, "validation.choose"),
    publicResponse: z.string().trim().max(MAX_PUBLIC_RESPONSE, "validation.tooLong").optional().default(""),
  })
  // The citizen sees "not used" on the receipt page; the administration owes them the reason.
  .refine((v) => v.status !== "NOT_USED" || v.publicResponse !== "", { path: ["publicResponse"], message: "inbox.validation.reasonRequired" });
export type SetInputStatus = z.infer<typeof setInputStatusSchema>;

export const hideInputSchema = z
  .object({
    inputId,
    reason: z.enum(HIDE_REASONS, "inbox.validation.hideReasonRequired"),
    note: z.string().trim().max(MAX_HIDE_NOTE, "validation.tooLong").optional().default(""),
  })
  .refine((v) => v.reason !== "OTHER" || v.note !== "", { path: ["note"], message: "inbox.validation.hideNoteRequired" });
export type HideInput = z.infer<typeof hideInputSchema>;

/** hiddenReason is one text column: "CODE" or "CODE: note". */
export const formatHiddenReason = (v: { reason: HideReason; note: string }) => (v.note ? `${v.reason}: ${v.note}` : v.reason);

export function parseHiddenReason(stored: string): { reason: HideReason | null; note: string } {
  const m = /^(ABUSIVE|PERSONAL_DATA|SPAM|OTHER)(?:: ([\s\S]*))?$/.exec(stored);
  return m ? { reason: m[1] as HideReason, note: m[2] ?? "" } : { reason: null, note: stored };
}
