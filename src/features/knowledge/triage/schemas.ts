// zod schemas for the triage commands (one input, and bulk over a selection), shared by the
// forms, the gate and the services.
import { z } from "zod";
import { HIDE_REASONS, MAX_HIDE_NOTE, MAX_PUBLIC_RESPONSE } from "@/features/inputs/inbox/schemas";
import { InputCategory, InputStatus } from "@/generated/prisma/enums";

/** A bulk action takes at most one page of the queue at a time (and then some). */
export const MAX_BULK = 500;

const inputId = z.string({ error: "validation.required" }).uuid("knowledgeTriage.validation.inputMissing");
const uuidList = (message: string) =>
  z.preprocess((v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]), z.array(z.uuid(message)));
/** An optional id from a select: "" means none. */
const optionalId = (message: string) => z.preprocess((v) => (v === "" || v === undefined ? null : v), z.uuid(message).nullable());

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
export const bulkAddTopicSchema = z.object({
  inputIds,
  topicId: z.string({ error: "knowledgeTriage.validation.chooseTopic" }).uuid("knowledgeTriage.validation.chooseTopic"),
});
export const bulkAddPlanSchema = z.object({
  inputIds,
  planId: z.string({ error: "knowledgeTriage.validation.choosePlan" }).uuid("knowledgeTriage.validation.choosePlan"),
});
/** NOT_USED is left out: the citizen is owed a reason of their own (set it on the input). */
export const BULK_STATUSES = ["RECEIVED", "READ", "USED"] as const;
export const bulkSetStatusSchema = z.object({ inputIds, status: z.enum(BULK_STATUSES, "knowledgeTriage.validation.chooseStatus") });
export const bulkMarkTriagedSchema = z.object({ inputIds });
export type BulkSetCategory = z.infer<typeof bulkSetCategorySchema>;
export type BulkAddTopic = z.infer<typeof bulkAddTopicSchema>;
export type BulkAddPlan = z.infer<typeof bulkAddPlanSchema>;
export type BulkSetStatus = z.infer<typeof bulkSetStatusSchema>;
export type BulkMarkTriaged = z.infer<typeof bulkMarkTriagedSchema>;

// One input, one form: every choice on the triage page is saved together, and the pressed button
// ("then") says what happens after the save — stay, mark it sorted and go on, or hide it and go on.
// A field that is absent keeps what the input has. A checkbox group sends nothing when no box is
// checked, so the page adds an empty hidden entry per group ("this group was on the page"): then
// the checked boxes replace the set, and none checked clears it.
export const TRIAGE_THEN = ["save", "done", "hide"] as const;
export type TriageThen = (typeof TRIAGE_THEN)[number];
/** A checkbox group with its empty marker: undefined when the group was not sent, else the ids. */
const shownList = (message: string) =>
  z.preprocess((v) => (v === undefined || v === null ? undefined : (Array.isArray(v) ? v : [v]).filter((x) => x !== "")), z.array(z.uuid(message)).optional());
/** A select with an empty "none" option: absent keeps, "" clears, else an id. */
const keptOrNone = (message: string) => z.preprocess((v) => (v === "" ? null : v), z.uuid(message).nullable().optional());
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
export const saveTriageInputSchema = z
  .object({
    inputId,
    then: z.preprocess(blankToUndefined, z.enum(TRIAGE_THEN, "knowledgeTriage.validation.chooseThen").default("save")),
    category: z.preprocess(blankToUndefined, z.enum(InputCategory, "knowledgeTriage.validation.chooseCategory").optional()),
    topicIds: shownList("knowledgeTriage.validation.topicMissing"),
    planIds: shownList("knowledgeTriage.validation.planMissing"),
    targetGroupId: keptOrNone("knowledgeTriage.validation.targetGroupMissing"),
    districtId: keptOrNone("knowledgeTriage.validation.districtMissing"),
    status: z.preprocess(blankToUndefined, z.enum(InputStatus, "validation.choose").optional()),
    publicResponse: z.string().trim().max(MAX_PUBLIC_RESPONSE, "validation.tooLong").optional(),
    hideReason: z.preprocess(blankToUndefined, z.enum(HIDE_REASONS, "inbox.validation.hideReasonRequired").optional()),
    hideNote: z.string().trim().max(MAX_HIDE_NOTE, "validation.tooLong").optional().default(""),
  })
  .superRefine((v, ctx) => {
    // The citizen sees "not used" on the receipt page; the administration owes them the reason.
    if (v.status === "NOT_USED" && !v.publicResponse) ctx.addIssue({ code: "custom", path: ["publicResponse"], message: "inbox.validation.reasonRequired" });
    if (v.then === "hide" && !v.hideReason) ctx.addIssue({ code: "custom", path: ["hideReason"], message: "inbox.validation.hideReasonRequired" });
    if (v.then === "hide" && v.hideReason === "OTHER" && !v.hideNote)
      ctx.addIssue({ code: "custom", path: ["hideNote"], message: "inbox.validation.hideNoteRequired" });
  });
export type SaveTriageInput = z.infer<typeof saveTriageInputSchema>;

/** The bulk form's pressed button: which bulk command runs. */
export const BULK_KINDS = ["kategori", "emne", "temaplan", "status", "sortert"] as const;
export const bulkKindSchema = z.enum(BULK_KINDS, "knowledgeTriage.validation.chooseBulkAction");
export type BulkKind = z.infer<typeof bulkKindSchema>;
