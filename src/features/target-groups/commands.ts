// Gate definitions for target groups (see src/lib/action.ts). Every change is audited
// against its process, so it shows in that process's log.
import type { ActionDefinition } from "@/lib/action";
import { addSuggestedTargetGroups, type AddSuggestedResult } from "./add-suggested-target-groups";
import { createTargetGroup } from "./create-target-group";
import { deleteTargetGroup } from "./delete-target-group";
import { placeTargetGroup } from "./place-target-group";
import { addSuggestedTargetGroupsSchema, createTargetGroupSchema, deleteTargetGroupSchema, placeTargetGroupSchema, updateTargetGroupSchema } from "./schemas";
import { updateTargetGroup } from "./update-target-group";

type Result<F extends (...args: never[]) => unknown> = Awaited<ReturnType<F>>;

export const createTargetGroupCommand = {
  permission: "process.update",
  schema: createTargetGroupSchema,
  run: ({ tx, input }) => createTargetGroup(tx, input),
  audit: (input, result) => ({
    entityType: "targetGroup",
    entityId: result.id,
    processId: result.processId,
    details: { change: "create", name: result.name, importance: input.importance, difficulty: input.difficulty },
  }),
} satisfies ActionDefinition<typeof createTargetGroupSchema, Result<typeof createTargetGroup>>;

export const updateTargetGroupCommand = {
  permission: "process.update",
  schema: updateTargetGroupSchema,
  run: ({ tx, input }) => updateTargetGroup(tx, input),
  audit: (input, result) => ({
    entityType: "targetGroup",
    entityId: result.id,
    processId: result.processId,
    details: {
      change: "update",
      name: result.name,
      ...(result.previousName !== result.name ? { previousName: result.previousName } : {}),
      importance: input.importance,
      difficulty: input.difficulty,
    },
  }),
} satisfies ActionDefinition<typeof updateTargetGroupSchema, Result<typeof updateTargetGroup>>;

export const placeTargetGroupCommand = {
  permission: "process.update",
  schema: placeTargetGroupSchema,
  run: ({ tx, input }) => placeTargetGroup(tx, input),
  audit: (_input, result) => ({
    entityType: "targetGroup",
    entityId: result.id,
    processId: result.processId,
    details: { change: "place", name: result.name, from: result.from, to: result.to },
  }),
} satisfies ActionDefinition<typeof placeTargetGroupSchema, Result<typeof placeTargetGroup>>;

export const deleteTargetGroupCommand = {
  permission: "process.update",
  schema: deleteTargetGroupSchema,
  run: ({ tx, input }) => deleteTargetGroup(tx, input),
  audit: (_input, result) => ({
    entityType: "targetGroup",
    entityId: result.id,
    processId: result.processId,
    details: { change: "delete", name: result.name },
  }),
} satisfies ActionDefinition<typeof deleteTargetGroupSchema, Result<typeof deleteTargetGroup>>;

export const addSuggestedTargetGroupsCommand = {
  permission: "process.update",
  schema: addSuggestedTargetGroupsSchema,
  run: ({ tx, input }) => addSuggestedTargetGroups(tx, input),
  // One entry for the batch; the ids of every group added are in the details.
  audit: (_input, result) => ({
    entityType: "targetGroup",
    entityId: result.added.length === 1 ? result.added[0]!.id : null,
    processId: result.processId,
    details: { change: "addSuggested", added: result.added, skipped: result.skipped },
  }),
} satisfies ActionDefinition<typeof addSuggestedTargetGroupsSchema, AddSuggestedResult>;
