// zod schemas for target groups; messages are i18n keys (the gate translates them).
import { z } from "zod";
import { DIFFICULTIES, IMPORTANCES } from "./strategy";

export const NAME_MAX = 120;
export const DESCRIPTION_MAX = 2000;

const processId = z.uuid("validation.required");
const id = z.uuid("errors.notFound");
const importance = z.enum(IMPORTANCES, "targetGroups.validation.importance");
const difficulty = z.enum(DIFFICULTIES, "targetGroups.validation.difficulty");

const details = {
  name: z.string().trim().min(1, "targetGroups.validation.nameRequired").max(NAME_MAX, "validation.tooLong"),
  description: z.string().trim().max(DESCRIPTION_MAX, "validation.tooLong").default(""),
  // The select's empty option arrives as "" and means "no audience".
  audienceId: z.preprocess((v) => (v === "" ? null : v), z.uuid("validation.choose").nullish()).transform((v) => v ?? null),
  importance,
  difficulty,
};

export const createTargetGroupSchema = z.object({ processId, ...details });
export const updateTargetGroupSchema = z.object({ processId, id, ...details });
export const placeTargetGroupSchema = z.object({ processId, id, importance, difficulty });
export const deleteTargetGroupSchema = z.object({
  processId,
  id,
  // A plain checkbox: deleting works without JavaScript and still cannot happen by one stray click.
  confirm: z.literal("on", "targetGroups.validation.confirmDelete"),
});
export const addSuggestedTargetGroupsSchema = z.object({
  processId,
  // Checkboxes: absent → [], one → "id", several → ["id", …]; the ids of other processes' groups.
  suggestions: z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v : [v]),
    z.array(z.uuid("targetGroups.validation.chooseSuggestion")).min(1, "targetGroups.validation.chooseSuggestion").max(200),
  ),
});

export type CreateTargetGroupInput = z.infer<typeof createTargetGroupSchema>;
export type UpdateTargetGroupInput = z.infer<typeof updateTargetGroupSchema>;
export type PlaceTargetGroupInput = z.infer<typeof placeTargetGroupSchema>;
export type DeleteTargetGroupInput = z.infer<typeof deleteTargetGroupSchema>;
export type AddSuggestedTargetGroupsInput = z.infer<typeof addSuggestedTargetGroupsSchema>;
