import { z } from "zod";
import { stringList, uuidField as uuid } from "@/lib/form-values";

// Bounds a person can see in the form's help texts: anything outside is a typing mistake
// (an evening meeting is not 250 hours of work), so the server refuses it with a message.
export const LIMITS = {
  hours: { min: 0, max: 200, step: 0.5 },
  cost: { min: 0, max: 10_000_000 },
  participants: { min: 0, max: 100_000 },
  text: 5_000,
} as const;

/** Text as typed: spaces (also non-breaking and thin, as Norwegian numbers are written) removed. */
const numberText = (v: unknown) => (typeof v === "number" ? String(v) : typeof v === "string" ? v.replace(/[\s\u00a0\u202f]/g, "") : "");

/** Hours: "2,5" or "2.5", 0–200 in half hours. */
const hours = z.preprocess(
  numberText,
  z.string().transform((v, ctx) => {
    if (v === "") return fail(ctx, "evaluations.validation.hoursRequired");
    if (!/^-?\d+([.,]\d+)?$/.test(v)) return fail(ctx, "evaluations.validation.hoursInvalid");
    const n = Number(v.replace(",", "."));
    if (!Number.isFinite(n) || n < LIMITS.hours.min || n > LIMITS.hours.max) return fail(ctx, "evaluations.validation.hoursRange");
    if (!Number.isInteger(n / LIMITS.hours.step)) return fail(ctx, "evaluations.validation.hoursStep");
    return n;
  }),
);

/** A whole number within bounds; "12 500" is read as 12500. */
const wholeNumber = (bounds: { min: number; max: number }, key: "cost" | "participants") =>
  z.preprocess(
    numberText,
    z.string().transform((v, ctx) => {
      if (v === "") return fail(ctx, `evaluations.validation.${key}Required`);
      if (!/^-?\d+$/.test(v)) return fail(ctx, `evaluations.validation.${key}Invalid`);
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < bounds.min || n > bounds.max) return fail(ctx, `evaluations.validation.${key}Range`);
      return n;
    }),
  );

function fail(ctx: z.RefinementCtx, message: string): never {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

const text = z
  .string()
  .trim()
  .max(LIMITS.text, "validation.tooLong")
  .optional()
  .transform((v) => v ?? "");

/** A politician's evaluation of the method used in an activity they took part in. */
export const evaluationSchema = z.object({
  activityId: uuid,
  preparationHours: hours,
  executionHours: hours,
  costNok: wholeNumber(LIMITS.cost, "cost"),
  participants: wholeNumber(LIMITS.participants, "participants"),
  targetGroupIds: stringList.pipe(z.array(z.uuid("evaluations.validation.targetGroup"))),
  workedWell: text,
  workedLessWell: text,
  wouldUseAgain: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? undefined : Number(v)),
    z
      .number({ message: "evaluations.validation.wouldUseAgain" })
      .int("evaluations.validation.wouldUseAgain")
      .min(1, "evaluations.validation.wouldUseAgain")
      .max(5, "evaluations.validation.wouldUseAgain"),
  ),
  transferable: text,
  comments: text,
});
export type EvaluationInput = z.infer<typeof evaluationSchema>;

/** The administration closing (or reopening) evaluation of one activity. */
export const evaluationClosingSchema = z.object({
  processId: uuid,
  activityId: uuid,
  closed: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export type EvaluationClosingInput = z.infer<typeof evaluationClosingSchema>;

/** An optional whole number: empty means "none" (null). */
const optionalWholeNumber = (bounds: { min: number; max: number }, key: "cost" | "participants") =>
  z.preprocess(
    numberText,
    z.string().transform((v, ctx) => {
      if (v === "") return null;
      if (!/^-?\d+$/.test(v)) return fail(ctx, `evaluations.validation.${key}Invalid`);
      const n = Number(v);
      if (!Number.isSafeInteger(n) || n < bounds.min || n > bounds.max) return fail(ctx, `evaluations.validation.${key}Range`);
      return n;
    }),
  );

/** The administration's agreed figures for an activity; empty = use the median of the estimates. */
export const agreedFiguresSchema = z.object({
  processId: uuid,
  activityId: uuid,
  agreedParticipants: optionalWholeNumber(LIMITS.participants, "participants"),
  agreedCostNok: optionalWholeNumber(LIMITS.cost, "cost"),
});
export type AgreedFiguresInput = z.infer<typeof agreedFiguresSchema>;
