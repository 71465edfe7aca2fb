// Gate definitions of this feature, spread into src/features/commands.ts.
// The recorder is always the actor: there is no field to record on someone else's behalf.
import type { CommandRegistry, Def } from "@/lib/action";
import { deleteRecordedInput } from "./delete-recorded-input";
import { recordInput, type Recorded } from "./record-input";
import { deleteRecordedInputSchema, recordInputSchema } from "./schemas";

export type Deleted = Awaited<ReturnType<typeof deleteRecordedInput>>;

export const recordInputCommand = {
  permission: "input.record",
  schema: recordInputSchema,
  run: ({ tx, actor, input }) => recordInput(tx, actor, input),
  audit: (input, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { activityId: r.activityId, channel: "ACTIVITY", category: input.category, repeated: r.repeated },
  }),
} satisfies Def<typeof recordInputSchema, Recorded>;

export const deleteRecordedInputCommand = {
  permission: "input.record",
  schema: deleteRecordedInputSchema,
  run: ({ tx, actor, input }) => deleteRecordedInput(tx, actor, input),
  // The text is not kept in the log: deleting it should remove it.
  audit: (_input, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { deleted: true, activityId: r.activityId, receiptCode: r.receiptCode, textLength: r.textLength },
  }),
} satisfies Def<typeof deleteRecordedInputSchema, Deleted>;

export const RECORDING_COMMANDS: CommandRegistry = {
  recordInput: recordInputCommand,
  deleteRecordedInput: deleteRecordedInputCommand,
};
