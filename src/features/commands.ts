// Every gate definition in the app, by name. tests/integration/gate.test.ts walks this list
// for every role (anonymous included), so a new action is covered the day it is added.
import type { ActionDefinition } from "@/lib/action";
import { createMethodCommand, deleteMethodCommand, updateMethodCommand } from "./methods/commands";
import { deleteActivityCommand, saveActivityCommand } from "./activities/commands";
import * as processCommands from "./processes/commands";
import { deleteThematicPlanCommand, saveThematicPlanCommand } from "./thematic-plans/commands";
import { changePasswordCommand } from "./users/commands";
import { addSignupCommand, removeSignupCommand, signUpCommand, withdrawCommand } from "./signups/commands";
import {
  addSuggestedTargetGroupsCommand,
  createTargetGroupCommand,
  deleteTargetGroupCommand,
  placeTargetGroupCommand,
  updateTargetGroupCommand,
} from "./target-groups/commands";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- heterogenous registry
export const COMMANDS: Record<string, ActionDefinition<any, any>> = {
  changePassword: changePasswordCommand,
  createTargetGroup: createTargetGroupCommand,
  updateTargetGroup: updateTargetGroupCommand,
  placeTargetGroup: placeTargetGroupCommand,
  deleteTargetGroup: deleteTargetGroupCommand,
  addSuggestedTargetGroups: addSuggestedTargetGroupsCommand,
  createProcess: processCommands.createProcessCommand,
  updateProcess: processCommands.updateProcessCommand,
  changeProcessStatus: processCommands.changeProcessStatusCommand,
  copyProcess: processCommands.copyProcessCommand,
  savePhase: processCommands.savePhaseCommand,
  deletePhase: processCommands.deletePhaseCommand,
  movePhase: processCommands.movePhaseCommand,
  saveMilestone: processCommands.saveMilestoneCommand,
  deleteMilestone: processCommands.deleteMilestoneCommand,
  saveActivity: saveActivityCommand,
  deleteActivity: deleteActivityCommand,
  createMethod: createMethodCommand,
  updateMethod: updateMethodCommand,
  deleteMethod: deleteMethodCommand,
  saveThematicPlan: saveThematicPlanCommand,
  deleteThematicPlan: deleteThematicPlanCommand,
  signUp: signUpCommand,
  withdrawSignup: withdrawCommand,
  addSignup: addSignupCommand,
  removeSignup: removeSignupCommand,
};
