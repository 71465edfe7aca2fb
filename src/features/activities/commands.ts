// Gate definitions for activities (see src/lib/action.ts).
import { rowCommands } from "@/lib/command";
import { deleteActivity } from "./delete-activity";
import { saveActivity } from "./save-activity";
import { activityRefSchema, activitySchema } from "./schemas";

const activity = rowCommands("activity.manage", "activity");

export const saveActivityCommand = activity(activitySchema, saveActivity, (_r, input) => ({
  title: input.title,
  status: input.status,
  created: !input.activityId,
}));
export const deleteActivityCommand = activity(activityRefSchema, deleteActivity, () => ({ deleted: true }));
