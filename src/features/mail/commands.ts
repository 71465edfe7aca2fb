// Gate definitions for mail (see src/lib/action.ts): one's own e-mail choices, and resending a
// dead message from the admin outbox.
import type { ActionDefinition } from "@/lib/action";
import { saveMailPreferences } from "./preferences";
import { resendOutboxMessage } from "./resend";
import { mailPreferencesSchema, outboxMessageRefSchema } from "./schemas";

export const saveMailPreferencesCommand = {
  permission: "account.mailPreferences",
  schema: mailPreferencesSchema,
  run: ({ tx, actor, input }) => saveMailPreferences(tx, actor, input),
  audit: (_input, result) => ({ entityType: "user", entityId: result.userId }),
} satisfies ActionDefinition<typeof mailPreferencesSchema, { userId: string; off: number }>;

export const resendOutboxMessageCommand = {
  permission: "mail.manage",
  schema: outboxMessageRefSchema,
  run: ({ tx, input }) => resendOutboxMessage(tx, input),
  audit: (_input, result) => ({ entityType: "outbox_message", entityId: result.id }),
} satisfies ActionDefinition<typeof outboxMessageRefSchema, { id: string }>;

export const MAIL_COMMANDS = {
  saveMailPreferences: saveMailPreferencesCommand,
  resendOutboxMessage: resendOutboxMessageCommand,
};
