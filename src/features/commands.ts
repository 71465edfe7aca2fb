// Every gate definition in the app, by name. tests/integration/gate.test.ts walks this list
// for every role (anonymous included), so a new action is covered the day it is added.
import { changePasswordCommand } from "@/features/auth/commands";
import { INBOX_COMMANDS } from "@/features/inputs/inbox/commands";
import { RECORDING_COMMANDS } from "@/features/inputs/recording/commands";
import { TRANSFER_COMMANDS } from "@/features/inputs/transfer/commands";
import { addSignupCommand, removeSignupCommand, setParticipationRuleCommand, signUpCommand, withdrawCommand } from "@/features/participation/commands";
import type { CommandRegistry } from "@/lib/action";
import { ACCOUNT_COMMANDS } from "./accounts/commands";
import { deleteActivityCommand, saveActivityCommand } from "./activities/commands";
import { CALENDAR_COMMANDS } from "./calendar/commands";
import { EVALUATION_COMMANDS } from "./evaluations/commands";
import { FORM_COMMANDS } from "./forms/commands";
import { DECISION_COMMANDS } from "./group-leader/decisions/commands";
import { HEARD_COMMANDS } from "./knowledge/heard/commands";
import { MODERATION_COMMANDS } from "./knowledge/moderation/commands";
import { SUGGESTION_COMMANDS } from "./knowledge/suggestions/commands";
import { TRIAGE_COMMANDS } from "./knowledge/triage/commands";
import { MAIL_COMMANDS } from "./mail/commands";
import { createMethodCommand, deleteMethodCommand, updateMethodCommand } from "./methods/commands";
import { POPULATION_COMMANDS } from "./population/commands";
import { handlePrivacyRequestCommand, setRetentionCommand } from "./privacy/commands";
import * as processCommands from "./processes/commands";
import {
  addSuggestedTargetGroupsCommand,
  createTargetGroupCommand,
  deleteTargetGroupCommand,
  placeTargetGroupCommand,
  updateTargetGroupCommand,
} from "./target-groups/commands";
import { deleteThematicPlanCommand, saveThematicPlanCommand } from "./thematic-plans/commands";

export const COMMANDS: CommandRegistry = {
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
  setParticipationRule: setParticipationRuleCommand,
  ...FORM_COMMANDS,
  ...INBOX_COMMANDS,
  ...TRANSFER_COMMANDS,
  ...POPULATION_COMMANDS,
  ...RECORDING_COMMANDS,
  ...CALENDAR_COMMANDS,
  ...EVALUATION_COMMANDS,
  ...DECISION_COMMANDS,
  ...ACCOUNT_COMMANDS,
  ...TRIAGE_COMMANDS,
  ...SUGGESTION_COMMANDS,
  ...MODERATION_COMMANDS,
  ...HEARD_COMMANDS,
  handlePrivacyRequest: handlePrivacyRequestCommand,
  setRetention: setRetentionCommand,
  ...MAIL_COMMANDS,
};
