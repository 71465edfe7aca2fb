// Gate definitions of the knowledge base's suggestions slice (registered in src/features/commands.ts).
import type { CommandRegistry, Def } from "@/lib/action";
import { acceptAllSuggestions } from "./accept-all-suggestions";
import { acceptSuggestion, rejectSuggestion, type Decided } from "./decide-suggestion";
import { acceptAllSchema, decisionSchema, trainSchema } from "./schemas";

const decided = (r: Decided) => ({
  entityType: "input",
  entityId: r.id,
  processId: r.processId,
  details: { suggestion: r.decision, field: r.field, value: r.value },
});

export const acceptSuggestionCommand = {
  permission: "input.triage",
  schema: decisionSchema,
  run: ({ tx, actor, input }) => acceptSuggestion(tx, input, actor.id),
  audit: (_i, r) => decided(r),
} satisfies Def<typeof decisionSchema, Decided>;

export const rejectSuggestionCommand = {
  permission: "input.triage",
  schema: decisionSchema,
  run: ({ tx, actor, input }) => rejectSuggestion(tx, input, actor.id),
  audit: (_i, r) => decided(r),
} satisfies Def<typeof decisionSchema, Decided>;

export const acceptAllSuggestionsCommand = {
  permission: "input.triage",
  schema: acceptAllSchema,
  run: ({ tx, actor, input }) => acceptAllSuggestions(tx, input, actor.id),
  audit: (_i, r) => ({ entityType: "input", entityId: r.id, processId: r.processId, details: { suggestion: "ACCEPTED_ALL", accepted: r.accepted } }),
} satisfies Def<typeof acceptAllSchema, Awaited<ReturnType<typeof acceptAllSuggestions>>>;

// The gate authorises and audits the request; the training itself (seconds of CPU, its own
// transaction and advisory lock) runs right after in the action, outside the gate's short
// transaction — see actions.ts.
export const trainSuggestionModelCommand = {
  permission: "suggestion.train",
  schema: trainSchema,
  run: async ({ actor }) => ({ requestedAt: new Date().toISOString(), requestedById: actor.id }),
  audit: () => ({ entityType: "suggestion_model", details: { requested: true } }),
} satisfies Def<typeof trainSchema, { requestedAt: string; requestedById: string }>;

export const SUGGESTION_COMMANDS: CommandRegistry = {
  acceptSuggestion: acceptSuggestionCommand,
  rejectSuggestion: rejectSuggestionCommand,
  acceptAllSuggestions: acceptAllSuggestionsCommand,
  trainSuggestionModel: trainSuggestionModelCommand,
};
