// Gate definitions of this feature, spread into src/features/commands.ts. Every triage change
// is audited with the input's process, so the process log shows who answered what.
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { hideInput, unhideInput } from "./hide-input";
import { markInputRead } from "./mark-input-read";
import { hideInputSchema, inputRefSchema, setInputStatusSchema } from "./schemas";
import { setInputStatus } from "./set-input-status";

const triage = rowCommands("input.triage", "input");

export const setInputStatusCommand = triage(setInputStatusSchema, setInputStatus, (r, input) => ({
  was: r.was,
  status: r.status,
  publicResponse: input.publicResponse,
}));
export const markInputReadCommand = triage(
  inputRefSchema,
  (tx, input) => markInputRead(tx, input.inputId),
  (r) => ({ was: r.was, status: r.status }),
);
export const hideInputCommand = triage(hideInputSchema, hideInput, (r) => ({ hidden: true, reason: r.hiddenReason }));
export const unhideInputCommand = triage(
  inputRefSchema,
  (tx, input) => unhideInput(tx, input.inputId),
  (r) => ({ hidden: false, was: r.wasHidden, previousReason: r.hiddenReason }),
);

export const INBOX_COMMANDS: CommandRegistry = {
  setInputStatus: setInputStatusCommand,
  markInputRead: markInputReadCommand,
  hideInput: hideInputCommand,
  unhideInput: unhideInputCommand,
};
