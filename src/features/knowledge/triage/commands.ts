// Gate definitions of the knowledge base's triage slice (registered in src/features/commands.ts):
// one input at a time, bulk over a selection (audited with the count), and the topic taxonomy.
import type { z } from "zod";
import type { CommandRegistry } from "@/lib/action";
import { command, rowCommands, type Service } from "@/lib/command";
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

const triage = rowCommands("input.triage", "input");

export const setInputCategoryCommand = triage(setInputCategorySchema, setInputCategory, (r) => ({ category: r.category, source: "MANUAL" }));
export const setInputTopicsCommand = triage(
  setInputTopicsSchema,
  (tx, input, actor) => setInputTopics(tx, input, actor.id),
  (r) => ({ topicIds: r.topicIds, added: r.added, removed: r.removed, source: "MANUAL" }),
);
export const setInputPlansCommand = triage(setInputPlansSchema, setInputPlans, (r) => ({
  planIds: r.planIds,
  added: r.added,
  removed: r.removed,
  source: "MANUAL",
}));
export const setInputTargetGroupCommand = triage(setInputTargetGroupSchema, setInputTargetGroup, (r) => ({ targetGroupId: r.targetGroupId }));
export const setInputDistrictCommand = triage(setInputDistrictSchema, setInputDistrict, (r) => ({ districtId: r.districtId }));
export const markInputTriagedCommand = triage(
  markInputTriagedSchema,
  (tx, input, actor) => markInputTriaged(tx, input, actor.id),
  (r) => ({ triaged: true, already: r.already }),
);
/** The triage page's one form: every choice saved together, then stay, "done" or hide. */
export const saveTriageInputCommand = triage(
  saveTriageInputSchema,
  (tx, input, actor) => saveTriageInput(tx, input, actor.id),
  (r) => ({ ...r.changes, source: "MANUAL" }),
);

// Bulk: one audit row per action with the count (and the ids, so it can be traced back).
const bulk = <S extends z.ZodType<{ inputIds: string[] }>, R extends { count: number }>(
  schema: S,
  service: Service<S, R>,
  details: (r: R, input: z.infer<S>) => object,
) =>
  command("input.triage", schema, service, (input, r) => ({
    entityType: "input",
    details: { ...details(r, input), count: r.count, inputIds: input.inputIds },
  }));

export const bulkSetCategoryCommand = bulk(bulkSetCategorySchema, bulkSetCategory, (r) => ({ bulk: "category", category: r.category, source: "MANUAL" }));
export const bulkAddTopicCommand = bulk(
  bulkAddTopicSchema,
  (tx, input, actor) => bulkAddTopic(tx, input, actor.id),
  (_r, i) => ({ bulk: "topic", topicId: i.topicId, source: "MANUAL" }),
);
export const bulkAddPlanCommand = bulk(bulkAddPlanSchema, bulkAddPlan, (_r, i) => ({ bulk: "plan", planId: i.planId, source: "MANUAL" }));
export const bulkSetStatusCommand = bulk(bulkSetStatusSchema, bulkSetStatus, (r) => ({ bulk: "status", status: r.status }));
export const bulkMarkTriagedCommand = bulk(
  bulkMarkTriagedSchema,
  (tx, input, actor) => bulkMarkTriaged(tx, input, actor.id),
  () => ({ bulk: "triaged" }),
);

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
