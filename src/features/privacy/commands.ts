import type { ActionDefinition } from "@/lib/action";
import { handlePrivacyRequest, type HandledPrivacyRequest } from "./handle-privacy-request";
import { handlePrivacyRequestSchema, setRetentionSchema } from "./schemas";
import { setRetention } from "./set-retention";

export const handlePrivacyRequestCommand = {
  permission: "privacy.manage",
  schema: handlePrivacyRequestSchema,
  run: ({ tx, actor, input }) => handlePrivacyRequest(tx, actor, input),
  audit: (input, result) => ({ entityType: "privacyRequest", entityId: result.id, processId: result.processId, details: { handling: input.handling } }),
} satisfies ActionDefinition<typeof handlePrivacyRequestSchema, HandledPrivacyRequest>;

export const setRetentionCommand = {
  permission: "process.update",
  schema: setRetentionSchema,
  run: ({ tx, input }) => setRetention(tx, input),
  audit: (input) => ({
    entityType: "process",
    entityId: input.processId,
    processId: input.processId,
    details: { change: "retention", retentionMonths: input.retentionMonths },
  }),
} satisfies ActionDefinition<typeof setRetentionSchema, { processId: string; retentionMonths: number }>;
