import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadAccount } from "./guards";

/** Lets the person sign in again; sign-ups withdrawn at deactivation are not restored. */
export async function reactivateAccount(tx: Tx, id: string) {
  const user = await loadAccount(tx, id);
  if (!user.deactivatedAt) throw new AppError("CONFLICT", "accounts.notDeactivated");
  await tx.user.update({ where: { id }, data: { deactivatedAt: null } });
  return { id };
}
