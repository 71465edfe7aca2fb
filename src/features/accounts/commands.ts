// Gate definitions for the administration's account management (see src/lib/action.ts). Initial passwords are returned to the form
// once and never written to the audit log.
import type { CommandRegistry, Def } from "@/lib/action";
import { createAccount } from "./create-account";
import { deactivateAccount } from "./deactivate-account";
import { reactivateAccount } from "./reactivate-account";
import { resetInitialPassword } from "./reset-initial-password";
import { accountIdSchema, createAccountSchema, updateAccountSchema } from "./schemas";
import { updateAccount } from "./update-account";

export const createAccountCommand = {
  permission: "user.manage",
  schema: createAccountSchema,
  run: ({ tx, input }) => createAccount(tx, input),
  audit: (input, r) => ({ entityType: "user", entityId: r.id, details: { change: "create", email: input.email, role: input.role, partyId: input.partyId } }),
} satisfies Def<typeof createAccountSchema, Awaited<ReturnType<typeof createAccount>>>;

export const updateAccountCommand = {
  permission: "user.manage",
  schema: updateAccountSchema,
  run: ({ tx, actor, input }) => updateAccount(tx, actor.id, input),
  audit: (input, r) => ({
    entityType: "user",
    entityId: r.id,
    details: { change: "update", email: input.email, role: input.role, partyId: input.partyId, from: r.from },
  }),
} satisfies Def<typeof updateAccountSchema, Awaited<ReturnType<typeof updateAccount>>>;

export const resetAccountPasswordCommand = {
  permission: "user.manage",
  schema: accountIdSchema,
  run: ({ tx, input }) => resetInitialPassword(tx, input.id),
  audit: (input) => ({ entityType: "user", entityId: input.id, details: { change: "initialPassword" } }),
} satisfies Def<typeof accountIdSchema, Awaited<ReturnType<typeof resetInitialPassword>>>;

export const deactivateAccountCommand = {
  permission: "user.manage",
  schema: accountIdSchema,
  run: ({ tx, actor, input }) => deactivateAccount(tx, actor.id, input.id),
  audit: (input, r) => ({ entityType: "user", entityId: input.id, details: { change: "deactivate", withdrawnSignups: r.withdrawn, promoted: r.promoted } }),
} satisfies Def<typeof accountIdSchema, Awaited<ReturnType<typeof deactivateAccount>>>;

export const reactivateAccountCommand = {
  permission: "user.manage",
  schema: accountIdSchema,
  run: ({ tx, input }) => reactivateAccount(tx, input.id),
  audit: (input) => ({ entityType: "user", entityId: input.id, details: { change: "reactivate" } }),
} satisfies Def<typeof accountIdSchema, Awaited<ReturnType<typeof reactivateAccount>>>;

export const ACCOUNT_COMMANDS: CommandRegistry = {
  createAccount: createAccountCommand,
  updateAccount: updateAccountCommand,
  resetAccountPassword: resetAccountPasswordCommand,
  deactivateAccount: deactivateAccountCommand,
  reactivateAccount: reactivateAccountCommand,
};
