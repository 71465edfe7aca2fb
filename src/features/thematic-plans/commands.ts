import type { ActionDefinition } from "@/lib/action";
import { deleteThematicPlan } from "./delete-thematic-plan";
import { saveThematicPlan } from "./save-thematic-plan";
import { thematicPlanRefSchema, thematicPlanSchema } from "./schemas";

export const saveThematicPlanCommand = {
  permission: "process.update",
  schema: thematicPlanSchema,
  run: ({ tx, input }) => saveThematicPlan(tx, input),
  audit: (input, r) => ({ entityType: "thematicPlan", entityId: r.id, details: { name: input.name, created: !input.planId } }),
} satisfies ActionDefinition<typeof thematicPlanSchema, { id: string }>;

export const deleteThematicPlanCommand = {
  permission: "process.update",
  schema: thematicPlanRefSchema,
  run: ({ tx, input }) => deleteThematicPlan(tx, input),
  audit: (input) => ({ entityType: "thematicPlan", entityId: input.planId, details: { deleted: true } }),
} satisfies ActionDefinition<typeof thematicPlanRefSchema, { id: string }>;
