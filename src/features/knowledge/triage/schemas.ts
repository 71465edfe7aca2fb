// zod schemas for the triage commands (one input, and bulk over a selection), shared by the
// forms, the gate and the services.
import { z } from "zod";
import { InputCategory } from "@/generated/prisma/enums";

/** A bulk action takes at most one page of the queue at a time (and then some). */
export const MAX_BULK = 500;

const inputId = z.string({ error: "validation.required" }).uuid("knowledgeTriage.validation.inputMissing");
const uuidList = (message: string) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().uuid(message)));
/** An optional id from a select: "" means none. */
const optionalId = (message: string) => z.preprocess((v) => (v === "" || v === undefined ? null : v), z.string().uuid(message).nullable());

export const setInputCategorySchema = z.object({ inputId, category: z.enum(InputCategory, "knowledgeTriage.validation.chooseCategory") });
export type SetInputCategory = z.infer<typeof setInputCategorySchema>;

export const setInputTopicsSchema = z.object({ inputId, topicIds: uuidList("knowledgeTriage.validation.topicMissing") });
export type SetInputTopics = z.infer<typeof setInputTopicsSchema>;

export const setInputPlansSchema = z.object({ inputId, planIds: uuidList("knowledgeTriage.validation.planMissing") });
export type SetInputPlans = z.infer<typeof setInputPlansSchema>;

export const setInputTargetGroupSchema = z.object({ inputId, targetGroupId: optionalId("knowledgeTriage.validation.targetGroupMissing") });
export type SetInputTargetGroup = z.infer<typeof setInputTargetGroupSchema>;

export const setInputDistrictSchema = z.object({ inputId, districtId: optionalId("knowledgeTriage.validation.districtMissing") });
export type SetInputDistrict = z.infer<typeof setInputDistrictSchema>;

export const markInputTriagedSchema = z.object({ inputId });
export type MarkInputTriaged = z.infer<typeof markInputTriagedSchema>;

// Bulk: the checked rows of the queue.
const inputIds = uuidList("knowledgeTriage.validation.inputMissing").pipe(
  z.array(z.string()).min(1, "knowledgeTriage.validation.selectInputs").max(MAX_BULK, "knowledgeTriage.validation.tooMany"),
);

export const bulkSetCategorySchema = z.object({ inputIds, category: z.enum(InputCategory, "knowledgeTriage.validation.chooseCategory") });
export const bulkAddTopicSchema = z.object({ inputIds, topicId: z.string({ error: "knowledgeTriage.validation.chooseTopic" }).uuid("knowledgeTriage.validation.chooseTopic") });
export const bulkAddPlanSchema = z.object({ inputIds, planId: z.string({ error: "knowledgeTriage.validation.choosePlan" }).uuid("knowledgeTriage.validation.choosePlan") });
/** NOT_USED is left out: the citizen is owed a reason of their own (set it on the input). */
export const BULK_STATUSES = ["RECEIVED", "READ", "USED"] as const;
export const bulkSetStatusSchema = z.object({ inputIds, status: z.enum(BULK_STATUSES, "knowledgeTriage.validation.chooseStatus") });
export const bulkMarkTriagedSchema = z.object({ inputIds });
export type BulkSetCategory = z.infer<typeof bulkSetCategorySchema>;
export type BulkAddTopic = z.infer<typeof bulkAddTopicSchema>;
export type BulkAddPlan = z.infer<typeof bulkAddPlanSchema>;
export type BulkSetStatus = z.infer<typeof bulkSetStatusSchema>;
export type BulkMarkTriaged = z.infer<typeof bulkMarkTriagedSchema>;
