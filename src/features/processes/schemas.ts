// zod schemas for process design, shared by forms, actions and services. Messages are i18n keys.
import { z } from "zod";
import { lines, optionalDate, stringList, uuidField as uuid } from "@/lib/form-values";
import { SLUG_PATTERN } from "@/lib/slug";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");

const dateRange = <T extends { startsOn: Date | null; endsOn: Date | null }>(v: T, ctx: z.RefinementCtx) => {
  if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: "custom", path: ["endsOn"], message: "validation.endBeforeStart" });
};

export const createProcessSchema = z.object({
  title: text(160).min(1, "validation.required"),
  slug: text(80)
    .refine((v) => v === "" || SLUG_PATTERN.test(v), "validation.slugInvalid")
    .optional()
    .default(""),
  summary: text(1000).optional().default(""),
});
export type CreateProcessInput = z.infer<typeof createProcessSchema>;

export const updateProcessSchema = z
  .object({
    processId: uuid,
    title: text(160).min(1, "validation.required"),
    slug: text(80).min(1, "validation.required").regex(SLUG_PATTERN, "validation.slugInvalid"),
    summary: text(1000),
    goal: text(4000),
    expectationGap: text(4000),
    inputUsePlan: text(4000),
    frameworkItems: lines.pipe(z.array(z.string().max(500, "validation.tooLong")).max(30, "validation.tooLong")),
    thematicPlanIds: stringList.pipe(z.array(uuid)),
    startsOn: optionalDate,
    endsOn: optionalDate,
  })
  .superRefine(dateRange);
export type UpdateProcessInput = z.infer<typeof updateProcessSchema>;

export const processIdSchema = z.object({ processId: uuid });

export const changeStatusSchema = z.object({
  processId: uuid,
  status: z.enum(["DRAFT", "PUBLISHED", "CLOSED", "ARCHIVED"]),
});
export type ChangeStatusInput = z.infer<typeof changeStatusSchema>;

export const copyProcessSchema = z.object({
  processId: uuid,
  title: text(160).min(1, "validation.required"),
});
export type CopyProcessInput = z.infer<typeof copyProcessSchema>;

export const phaseSchema = z
  .object({
    processId: uuid,
    phaseId: uuid.optional(),
    kind: z.enum(["INSIGHT", "IDEAS", "OTHER"], "validation.choose"),
    title: text(160).min(1, "validation.required"),
    description: text(2000),
    guidingQuestions: lines.pipe(z.array(z.string().max(300, "validation.tooLong")).max(20, "validation.tooLong")),
    startsOn: optionalDate,
    endsOn: optionalDate,
    expectedOutput: text(300),
    owner: text(160),
  })
  .superRefine(dateRange);
export type PhaseInput = z.infer<typeof phaseSchema>;

export const phaseRefSchema = z.object({ processId: uuid, phaseId: uuid });
export const movePhaseSchema = phaseRefSchema.extend({ direction: z.enum(["up", "down"]) });

export const milestoneSchema = z
  .object({
    processId: uuid,
    milestoneId: uuid.optional(),
    phaseId: z.union([uuid, z.literal("")]).transform((v) => v || null),
    title: text(200).min(1, "validation.required"),
    date: optionalDate.refine((d): d is Date => d !== null, "validation.dateRequired"),
    endDate: optionalDate,
    body: text(200),
    isDecisionPoint: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    decision: text(2000),
    outcome: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.endDate && v.date && v.endDate < v.date) ctx.addIssue({ code: "custom", path: ["endDate"], message: "validation.endBeforeStart" });
  });
export type MilestoneInput = z.infer<typeof milestoneSchema>;
export const milestoneRefSchema = z.object({ processId: uuid, milestoneId: uuid });

/** The DEMRE insight questions: the default for a new insight phase (DOMAIN.md). */
export const DEFAULT_GUIDING_QUESTIONS = {
  INSIGHT: ["Kvaliteter, hva er bra", "Hva finnes, gjøres, skjer", "Utfordringer, bekymringer", "Behov", "Håp"],
  IDEAS: ["Hva oppleves viktigst og hvorfor", "Muligheter", "Tips, råd"],
  OTHER: [],
} as const;
