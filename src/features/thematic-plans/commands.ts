// Gate definitions for the municipality's thematic plans (see src/lib/command.ts).
import { rowCommands } from "@/lib/command";
import { deleteThematicPlan } from "./delete-thematic-plan";
import { saveThematicPlan } from "./save-thematic-plan";
import { thematicPlanRefSchema, thematicPlanSchema } from "./schemas";

const plan = rowCommands("process.update", "thematicPlan");

export const saveThematicPlanCommand = plan(thematicPlanSchema, saveThematicPlan, (_r, input) => ({ name: input.name, created: !input.planId }));
export const deleteThematicPlanCommand = plan(thematicPlanRefSchema, deleteThematicPlan, () => ({ deleted: true }));
