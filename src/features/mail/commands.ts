// Gate definitions for mail (see src/lib/action.ts): one's own e-mail choices, and resending a
// dead message from the admin outbox.
import { command, rowCommands } from "@/lib/command";
import { saveMailPreferences } from "./preferences";
import { resendOutboxMessage } from "./resend";
import { mailPreferencesSchema, outboxMessageRefSchema } from "./schemas";

export const saveMailPreferencesCommand = command(
  "account.mailPreferences",
  mailPreferencesSchema,
  (tx, input, actor) => saveMailPreferences(tx, actor, input),
  (_input, r) => ({ entityType: "user", entityId: r.userId }),
);
export const resendOutboxMessageCommand = rowCommands("mail.manage", "outbox_message")(outboxMessageRefSchema, resendOutboxMessage);

export const MAIL_COMMANDS = {
  saveMailPreferences: saveMailPreferencesCommand,
  resendOutboxMessage: resendOutboxMessageCommand,
};
