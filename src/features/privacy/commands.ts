// Gate definitions for privacy: handling a citizen's request, and a process's retention time.
import { command, rowCommands } from "@/lib/command";
import { handlePrivacyRequest } from "./handle-privacy-request";
import { handlePrivacyRequestSchema, setRetentionSchema } from "./schemas";
import { setRetention } from "./set-retention";

export const handlePrivacyRequestCommand = rowCommands("privacy.manage", "privacyRequest")(
  handlePrivacyRequestSchema,
  (tx, input, actor) => handlePrivacyRequest(tx, actor, input),
  (_r, input) => ({ handling: input.handling }),
);
export const setRetentionCommand = command("process.update", setRetentionSchema, setRetention, (input) => ({
  entityType: "process",
  entityId: input.processId,
  processId: input.processId,
  details: { change: "retention", retentionMonths: input.retentionMonths },
}));
