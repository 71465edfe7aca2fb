// Gate definitions for account actions (see src/lib/action.ts).
import { command } from "@/lib/command";
import { changePassword } from "./change-password";
import { changePasswordSchema } from "./schemas";

export const changePasswordCommand = command(
  "account.changePassword",
  changePasswordSchema,
  (tx, input, actor) => changePassword(tx, actor.id, input),
  (_input, r) => ({ entityType: "user", entityId: r.userId, details: { change: "password" } }),
);
