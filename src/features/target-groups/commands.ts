// Gate definitions for target groups (see src/lib/action.ts). Every change is audited
// against its process, so it shows in that process's log.
import { command, rowCommands } from "@/lib/command";
import { addSuggestedTargetGroups } from "./add-suggested-target-groups";
import { createTargetGroup } from "./create-target-group";
import { deleteTargetGroup } from "./delete-target-group";
import { placeTargetGroup } from "./place-target-group";
import { addSuggestedTargetGroupsSchema, createTargetGroupSchema, deleteTargetGroupSchema, placeTargetGroupSchema, updateTargetGroupSchema } from "./schemas";
import { updateTargetGroup } from "./update-target-group";

const targetGroup = rowCommands("process.update", "targetGroup");

export const createTargetGroupCommand = targetGroup(createTargetGroupSchema, createTargetGroup, (r, input) => ({
  change: "create",
  name: r.name,
  importance: input.importance,
  difficulty: input.difficulty,
}));
export const updateTargetGroupCommand = targetGroup(updateTargetGroupSchema, updateTargetGroup, (r, input) => ({
  change: "update",
  name: r.name,
  ...(r.previousName !== r.name ? { previousName: r.previousName } : {}),
  importance: input.importance,
  difficulty: input.difficulty,
}));
export const placeTargetGroupCommand = targetGroup(placeTargetGroupSchema, placeTargetGroup, (r) => ({
  change: "place",
  name: r.name,
  from: r.from,
  to: r.to,
}));
export const deleteTargetGroupCommand = targetGroup(deleteTargetGroupSchema, deleteTargetGroup, (r) => ({ change: "delete", name: r.name }));

// One entry for the batch; the ids of every group added are in the details.
export const addSuggestedTargetGroupsCommand = command("process.update", addSuggestedTargetGroupsSchema, addSuggestedTargetGroups, (_input, r) => ({
  entityType: "targetGroup",
  entityId: r.added.length === 1 ? r.added[0]!.id : null,
  processId: r.processId,
  details: { change: "addSuggested", added: r.added, skipped: r.skipped },
}));
