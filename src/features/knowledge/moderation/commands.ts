// Gate definitions of the knowledge base's moderation slice (registered in src/features/commands.ts).
// Moderation (review queue, redaction) needs input.moderate; duplicates are part of triage.
// Audits never carry an input's text or its redacted version — only what was decided.
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { markDuplicate, unmarkDuplicate } from "../similarity/mark-duplicate";
import { approveInput } from "./approve-input";
import { clearRedaction, redactInput } from "./redact-input";
import { markDuplicateSchema, moderationRefSchema, redactInputSchema } from "./schemas";

const moderate = rowCommands("input.moderate", "input");
const triage = rowCommands("input.triage", "input");

export const approveInputCommand = moderate(
  moderationRefSchema,
  (tx, input) => approveInput(tx, input.inputId),
  (r) => ({ approved: true, wasHeld: r.wasHeld, clearedFlags: r.clearedFlags, redacted: r.redacted }),
);
export const redactInputCommand = moderate(redactInputSchema, redactInput, (r) => ({
  redacted: true,
  replaced: r.hadRedaction,
  wasHeld: r.wasHeld,
  length: r.length,
}));
export const clearRedactionCommand = moderate(
  moderationRefSchema,
  (tx, input) => clearRedaction(tx, input.inputId),
  (r) => ({ redacted: false, hadRedaction: r.hadRedaction, heldForReview: r.heldForReview }),
);
export const markDuplicateCommand = triage(markDuplicateSchema, markDuplicate, (r) => ({ duplicateOf: r.originalId, was: r.was, moved: r.moved }));
export const unmarkDuplicateCommand = triage(
  moderationRefSchema,
  (tx, input) => unmarkDuplicate(tx, input.inputId),
  (r) => ({ duplicateOf: null, was: r.was }),
);

export const MODERATION_COMMANDS: CommandRegistry = {
  approveInput: approveInputCommand,
  redactInput: redactInputCommand,
  clearRedaction: clearRedactionCommand,
  markDuplicate: markDuplicateCommand,
  unmarkDuplicate: unmarkDuplicateCommand,
};
