// Gate definitions of this feature, spread into src/features/commands.ts. Every triage change
// is audited with the input's process, so the process log shows who answered what.
import type { CommandRegistry, Def } from "@/lib/action";
import { hideInput, unhideInput } from "./hide-input";
import { markInputRead } from "./mark-input-read";
import { hideInputSchema, inputRefSchema, setInputStatusSchema } from "./schemas";
import { setInputStatus } from "./set-input-status";

export const setInputStatusCommand = {
  permission: "input.triage",
  schema: setInputStatusSchema,
  run: ({ tx, input }) => setInputStatus(tx, input),
  audit: (input, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { was: r.was, status: r.status, publicResponse: input.publicResponse },
  }),
} satisfies Def<typeof setInputStatusSchema, Awaited<ReturnType<typeof setInputStatus>>>;

export const markInputReadCommand = {
  permission: "input.triage",
  schema: inputRefSchema,
  run: ({ tx, input }) => markInputRead(tx, input.inputId),
  audit: (_input, r) => ({ entityType: "input", entityId: r.id, processId: r.processId, details: { was: r.was, status: r.status } }),
} satisfies Def<typeof inputRefSchema, Awaited<ReturnType<typeof markInputRead>>>;

export const hideInputCommand = {
  permission: "input.triage",
  schema: hideInputSchema,
  run: ({ tx, input }) => hideInput(tx, input),
  audit: (_input, r) => ({ entityType: "input", entityId: r.id, processId: r.processId, details: { hidden: true, reason: r.hiddenReason } }),
} satisfies Def<typeof hideInputSchema, Awaited<ReturnType<typeof hideInput>>>;

export const unhideInputCommand = {
  permission: "input.triage",
  schema: inputRefSchema,
  run: ({ tx, input }) => unhideInput(tx, input.inputId),
  audit: (_input, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { hidden: false, was: r.wasHidden, previousReason: r.hiddenReason },
  }),
} satisfies Def<typeof inputRefSchema, Awaited<ReturnType<typeof unhideInput>>>;

export const INBOX_COMMANDS: CommandRegistry = {
  setInputStatus: setInputStatusCommand,
  markInputRead: markInputReadCommand,
  hideInput: hideInputCommand,
  unhideInput: unhideInputCommand,
};
