// Gate definitions for the administration's account management (see src/lib/action.ts). Initial passwords are returned to the form
// once and never written to the audit log.
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { createAccount } from "./create-account";
import { deactivateAccount } from "./deactivate-account";
import { reactivateAccount } from "./reactivate-account";
import { resetInitialPassword } from "./reset-initial-password";
import { accountIdSchema, createAccountSchema, updateAccountSchema } from "./schemas";
import { updateAccount } from "./update-account";

const account = rowCommands("user.manage", "user");

export const createAccountCommand = account(createAccountSchema, createAccount, (_r, input) => ({
  change: "create",
  email: input.email,
  role: input.role,
  partyId: input.partyId,
}));
export const updateAccountCommand = account(
  updateAccountSchema,
  (tx, input, actor) => updateAccount(tx, actor.id, input),
  (r, input) => ({ change: "update", email: input.email, role: input.role, partyId: input.partyId, from: r.from }),
);
export const resetAccountPasswordCommand = account(
  accountIdSchema,
  (tx, input) => resetInitialPassword(tx, input.id),
  () => ({ change: "initialPassword" }),
);
export const deactivateAccountCommand = account(
  accountIdSchema,
  (tx, input, actor) => deactivateAccount(tx, actor.id, input.id),
  (r) => ({ change: "deactivate", withdrawnSignups: r.withdrawn, promoted: r.promoted }),
);
export const reactivateAccountCommand = account(
  accountIdSchema,
  (tx, input) => reactivateAccount(tx, input.id),
  () => ({ change: "reactivate" }),
);

export const ACCOUNT_COMMANDS: CommandRegistry = {
  createAccount: createAccountCommand,
  updateAccount: updateAccountCommand,
  resetAccountPassword: resetAccountPasswordCommand,
  deactivateAccount: deactivateAccountCommand,
  reactivateAccount: reactivateAccountCommand,
};
