// Gate definitions for account actions (see src/lib/action.ts).
import type { ActionDefinition } from "@/lib/action";
import { changePassword } from "./change-password";
import { changePasswordSchema } from "./schemas";

export const changePasswordCommand = {
  permission: "account.changePassword",
  schema: changePasswordSchema,
  run: ({ tx, actor, input }) => changePassword(tx, actor.id, input),
  audit: (_input, result) => ({ entityType: "user", entityId: result.userId, details: { change: "password" } }),
} satisfies ActionDefinition<typeof changePasswordSchema, { userId: string }>;
