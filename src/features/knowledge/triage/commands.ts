// Gate definitions of the knowledge base's triage slice (registered in src/features/commands.ts):
// one input at a time, bulk over a selection (audited with the count), and the topic taxonomy.
import type { CommandRegistry, Def } from "@/lib/action";
import { TOPIC_COMMANDS } from "../topics/commands";
import { bulkAddPlan, bulkAddTopic, bulkMarkTriaged, bulkSetCategory, bulkSetStatus } from "./bulk-triage";
import { markInputTriaged } from "./mark-input-triaged";
import { saveTriageInput } from "./save-triage-input";
import {
  bulkAddPlanSchema,
  bulkAddTopicSchema,
  bulkMarkTriagedSchema,
  bulkSetCategorySchema,
  bulkSetStatusSchema,
  markInputTriagedSchema,
  saveTriageInputSchema,
  setInputCategorySchema,
  setInputDistrictSchema,
  setInputPlansSchema,
  setInputTargetGroupSchema,
  setInputTopicsSchema,
} from "./schemas";
import { setInputCategory } from "./set-input-category";
import { setInputDistrict, setInputTargetGroup } from "./set-input-context";
import { setInputPlans } from "./set-input-plans";
import { setInputTopics } from "./set-input-topics";

type One = { id: string; processId: string };
const one = (r: One, details: Record<string, unknown>) => ({ entityType: "input", entityId: r.id, processId: r.processId, details });

export const setInputCategoryCommand = {
  permission: "input.triage",
  schema: setInputCategorySchema,
  run: ({ tx, input }) => setInputCategory(tx, input),
  audit: (_i, r) => one(r, { category: r.category, source: "MANUAL" }),
} satisfies Def<typeof setInputCategorySchema, Awaited<ReturnType<typeof setInputCategory>>>;

export const setInputTopicsCommand = {
  permission: "input.triage",
  schema: setInputTopicsSchema,
  run: ({ tx, actor, input }) => setInputTopics(tx, input, actor.id),
  audit: (_i, r) => one(r, { topicIds: r.topicIds, added: r.added, removed: r.removed, source: "MANUAL" }),
} satisfies Def<typeof setInputTopicsSchema, Awaited<ReturnType<typeof setInputTopics>>>;

export const setInputPlansCommand = {
  permission: "input.triage",
  schema: setInputPlansSchema,
  run: ({ tx, input }) => setInputPlans(tx, input),
  audit: (_i, r) => one(r, { planIds: r.planIds, added: r.added, removed: r.removed, source: "MANUAL" }),
} satisfies Def<typeof setInputPlansSchema, Awaited<ReturnType<typeof setInputPlans>>>;

export const setInputTargetGroupCommand = {
  permission: "input.triage",
  schema: setInputTargetGroupSchema,
  run: ({ tx, input }) => setInputTargetGroup(tx, input),
  audit: (_i, r) => one(r, { targetGroupId: r.targetGroupId }),
} satisfies Def<typeof setInputTargetGroupSchema, Awaited<ReturnType<typeof setInputTargetGroup>>>;

export const setInputDistrictCommand = {
  permission: "input.triage",
  schema: setInputDistrictSchema,
  run: ({ tx, input }) => setInputDistrict(tx, input),
  audit: (_i, r) => one(r, { districtId: r.districtId }),
} satisfies Def<typeof setInputDistrictSchema, Awaited<ReturnType<typeof setInputDistrict>>>;

export const markInputTriagedCommand = {
  permission: "input.triage",
  schema: markInputTriagedSchema,
  run: ({ tx, actor, input }) => markInputTriaged(tx, input, actor.id),
  audit: (_i, r) => one(r, { triaged: true, already: r.already }),
} satisfies Def<typeof markInputTriagedSchema, Awaited<ReturnType<typeof markInputTriaged>>>;

/** The triage page's one form: every choice saved together, then stay, "done" or hide. */
export const saveTriageInputCommand = {
  permission: "input.triage",
  schema: saveTriageInputSchema,
  run: ({ tx, actor, input }) => saveTriageInput(tx, input, actor.id),
  audit: (_i, r) => one(r, { ...r.changes, source: "MANUAL" }),
} satisfies Def<typeof saveTriageInputSchema, Awaited<ReturnType<typeof saveTriageInput>>>;

// Bulk: one audit row per action with the count (and the ids, so it can be traced back).
const bulk = (input: { inputIds: string[] }, details: Record<string, unknown>) => ({ entityType: "input", details: { ...details, inputIds: input.inputIds } });

export const bulkSetCategoryCommand = {
  permission: "input.triage",
  schema: bulkSetCategorySchema,
  run: ({ tx, input }) => bulkSetCategory(tx, input),
  audit: (i, r) => bulk(i, { bulk: "category", count: r.count, category: r.category, source: "MANUAL" }),
} satisfies Def<typeof bulkSetCategorySchema, Awaited<ReturnType<typeof bulkSetCategory>>>;

export const bulkAddTopicCommand = {
  permission: "input.triage",
  schema: bulkAddTopicSchema,
  run: ({ tx, actor, input }) => bulkAddTopic(tx, input, actor.id),
  audit: (i, r) => bulk(i, { bulk: "topic", count: r.count, topicId: i.topicId, source: "MANUAL" }),
} satisfies Def<typeof bulkAddTopicSchema, Awaited<ReturnType<typeof bulkAddTopic>>>;

export const bulkAddPlanCommand = {
  permission: "input.triage",
  schema: bulkAddPlanSchema,
  run: ({ tx, input }) => bulkAddPlan(tx, input),
  audit: (i, r) => bulk(i, { bulk: "plan", count: r.count, planId: i.planId, source: "MANUAL" }),
} satisfies Def<typeof bulkAddPlanSchema, Awaited<ReturnType<typeof bulkAddPlan>>>;

export const bulkSetStatusCommand = {
  permission: "input.triage",
  schema: bulkSetStatusSchema,
  run: ({ tx, input }) => bulkSetStatus(tx, input),
  audit: (i, r) => bulk(i, { bulk: "status", count: r.count, status: r.status }),
} satisfies Def<typeof bulkSetStatusSchema, Awaited<ReturnType<typeof bulkSetStatus>>>;

export const bulkMarkTriagedCommand = {
  permission: "input.triage",
  schema: bulkMarkTriagedSchema,
  run: ({ tx, actor, input }) => bulkMarkTriaged(tx, input, actor.id),
  audit: (i, r) => bulk(i, { bulk: "triaged", count: r.count }),
} satisfies Def<typeof bulkMarkTriagedSchema, Awaited<ReturnType<typeof bulkMarkTriaged>>>;

export const TRIAGE_COMMANDS: CommandRegistry = {
  setInputCategory: setInputCategoryCommand,
  setInputTopics: setInputTopicsCommand,
  setInputPlans: setInputPlansCommand,
  setInputTargetGroup: setInputTargetGroupCommand,
  setInputDistrict: setInputDistrictCommand,
  markInputTriaged: markInputTriagedCommand,
  saveTriageInput: saveTriageInputCommand,
  bulkSetCategory: bulkSetCategoryCommand,
  bulkAddTopic: bulkAddTopicCommand,
  bulkAddPlan: bulkAddPlanCommand,
  bulkSetStatus: bulkSetStatusCommand,
  bulkMarkTriaged: bulkMarkTriagedCommand,
  ...TOPIC_COMMANDS,
};
