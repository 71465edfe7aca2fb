// Gate definitions for activities (see src/lib/action.ts).
import type { Def } from "@/lib/action";
import { deleteActivity } from "./delete-activity";
import { saveActivity } from "./save-activity";
import { activityRefSchema, activitySchema } from "./schemas";

export const saveActivityCommand = {
  permission: "activity.manage",
  schema: activitySchema,
  run: ({ tx, input }) => saveActivity(tx, input),
  audit: (input, r) => ({
    entityType: "activity",
    entityId: r.id,
    processId: input.processId,
    details: { title: input.title, status: input.status, created: !input.activityId },
  }),
} satisfies Def<typeof activitySchema, { id: string }>;

export const deleteActivityCommand = {
  permission: "activity.manage",
  schema: activityRefSchema,
  run: ({ tx, input }) => deleteActivity(tx, input),
  audit: (input) => ({ entityType: "activity", entityId: input.activityId, processId: input.processId, details: { deleted: true } }),
} satisfies Def<typeof activityRefSchema, { id: string }>;
