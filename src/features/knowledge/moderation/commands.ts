// Gate definitions of the knowledge base's moderation slice (registered in src/features/commands.ts).
// Moderation (review queue, redaction) needs input.moderate; duplicates are part of triage.
// Audits never carry an input's text or its redacted version — only what was decided.
import type { CommandRegistry, Def } from "@/lib/action";
import { markDuplicate, unmarkDuplicate } from "../similarity/mark-duplicate";
import { approveInput } from "./approve-input";
import { clearRedaction, redactInput } from "./redact-input";
import { markDuplicateSchema, moderationRefSchema, redactInputSchema } from "./schemas";

export const approveInputCommand = {
  permission: "input.moderate",
  schema: moderationRefSchema,
  run: ({ tx, input }) => approveInput(tx, input.inputId),
  audit: (_i, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { approved: true, wasHeld: r.wasHeld, clearedFlags: r.clearedFlags, redacted: r.redacted },
  }),
} satisfies Def<typeof moderationRefSchema, Awaited<ReturnType<typeof approveInput>>>;

export const redactInputCommand = {
  permission: "input.moderate",
  schema: redactInputSchema,
  run: ({ tx, input }) => redactInput(tx, input),
  audit: (_i, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { redacted: true, replaced: r.hadRedaction, wasHeld: r.wasHeld, length: r.length },
  }),
} satisfies Def<typeof redactInputSchema, Awaited<ReturnType<typeof redactInput>>>;

export const clearRedactionCommand = {
  permission: "input.moderate",
  schema: moderationRefSchema,
  run: ({ tx, input }) => clearRedaction(tx, input.inputId),
  audit: (_i, r) => ({
    entityType: "input",
    entityId: r.id,
    processId: r.processId,
    details: { redacted: false, hadRedaction: r.hadRedaction, heldForReview: r.heldForReview },
  }),
} satisfies Def<typeof moderationRefSchema, Awaited<ReturnType<typeof clearRedaction>>>;

export const markDuplicateCommand = {
  permission: "input.triage",
  schema: markDuplicateSchema,
  run: ({ tx, input }) => markDuplicate(tx, input),
  audit: (_i, r) => ({ entityType: "input", entityId: r.id, processId: r.processId, details: { duplicateOf: r.originalId, was: r.was, moved: r.moved } }),
} satisfies Def<typeof markDuplicateSchema, Awaited<ReturnType<typeof markDuplicate>>>;

export const unmarkDuplicateCommand = {
  permission: "input.triage",
  schema: moderationRefSchema,
  run: ({ tx, input }) => unmarkDuplicate(tx, input.inputId),
  audit: (_i, r) => ({ entityType: "input", entityId: r.id, processId: r.processId, details: { duplicateOf: null, was: r.was } }),
} satisfies Def<typeof moderationRefSchema, Awaited<ReturnType<typeof unmarkDuplicate>>>;

export const MODERATION_COMMANDS: CommandRegistry = {
  approveInput: approveInputCommand,
  redactInput: redactInputCommand,
  clearRedaction: clearRedactionCommand,
  markDuplicate: markDuplicateCommand,
  unmarkDuplicate: unmarkDuplicateCommand,
};
