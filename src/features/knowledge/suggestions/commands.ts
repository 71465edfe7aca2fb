// Gate definitions of the knowledge base's suggestions slice (registered in src/features/commands.ts).
import type { CommandRegistry } from "@/lib/action";
import { command, rowCommands } from "@/lib/command";
import { acceptAllSuggestions } from "./accept-all-suggestions";
import { acceptSuggestion, rejectSuggestion, type Decided } from "./decide-suggestion";
import { acceptAllSchema, decisionSchema, trainSchema } from "./schemas";

const triage = rowCommands("input.triage", "input");
const decided = (r: Decided) => ({ suggestion: r.decision, field: r.field, value: r.value });

export const acceptSuggestionCommand = triage(decisionSchema, (tx, input, actor) => acceptSuggestion(tx, input, actor.id), decided);
export const rejectSuggestionCommand = triage(decisionSchema, (tx, input, actor) => rejectSuggestion(tx, input, actor.id), decided);
export const acceptAllSuggestionsCommand = triage(
  acceptAllSchema,
  (tx, input, actor) => acceptAllSuggestions(tx, input, actor.id),
  (r) => ({ suggestion: "ACCEPTED_ALL", accepted: r.accepted }),
);

// The gate authorises and audits the request; the training itself (seconds of CPU, its own
// transaction and advisory lock) runs right after in the action, outside the gate's short
// transaction — see actions.ts.
export const trainSuggestionModelCommand = command(
  "suggestion.train",
  trainSchema,
  async (_tx, _input, actor) => ({ requestedAt: new Date().toISOString(), requestedById: actor.id }),
  () => ({ entityType: "suggestion_model", details: { requested: true } }),
);

export const SUGGESTION_COMMANDS: CommandRegistry = {
  acceptSuggestion: acceptSuggestionCommand,
  rejectSuggestion: rejectSuggestionCommand,
  acceptAllSuggestions: acceptAllSuggestionsCommand,
  trainSuggestionModel: trainSuggestionModelCommand,
};
