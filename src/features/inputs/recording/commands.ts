// Gate definitions of this feature, spread into src/features/commands.ts.
// The recorder is always the actor: there is no field to record on someone else's behalf.
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { deleteRecordedInput } from "./delete-recorded-input";
import { recordInput } from "./record-input";
import { deleteRecordedInputSchema, recordInputSchema } from "./schemas";

export type Deleted = Awaited<ReturnType<typeof deleteRecordedInput>>;

const record = rowCommands("input.record", "input");

export const recordInputCommand = record(
  recordInputSchema,
  (tx, input, actor) => recordInput(tx, actor, input),
  (r, input) => ({ activityId: r.activityId, channel: "ACTIVITY", category: input.category, repeated: r.repeated }),
);
// The text is not kept in the log: deleting it should remove it.
export const deleteRecordedInputCommand = record(
  deleteRecordedInputSchema,
  (tx, input, actor) => deleteRecordedInput(tx, actor, input),
  (r) => ({ deleted: true, activityId: r.activityId, receiptCode: r.receiptCode, textLength: r.textLength }),
);

export const RECORDING_COMMANDS: CommandRegistry = {
  recordInput: recordInputCommand,
  deleteRecordedInput: deleteRecordedInputCommand,
};
