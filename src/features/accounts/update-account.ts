import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertAnotherActiveAdmin, assertEmailFree, loadAccount } from "./guards";
import type { UpdateAccountInput } from "./schemas";

/** Name, e-mail, role and party. An administrator cannot demote themself or the last active administrator. */
export async function updateAccount(tx: Tx, actorId: string, input: UpdateAccountInput) {
  const before = await loadAccount(tx, input.id);
  const demoted = before.role === "ADMIN" && input.role !== "ADMIN";
  if (demoted && input.id === actorId) throw new AppError("CONFLICT", "accounts.selfDemote", "role");
  if (demoted && !before.deactivatedAt) await assertAnotherActiveAdmin(tx, input.id);
  if (input.email !== before.email) await assertEmailFree(tx, input.email, input.id);
  // A new role changes what the person may do: end their sessions so the next request sees it.
  const roleChanged = before.role !== input.role;
  await tx.user.update({
    where: { id: input.id },
    data: { name: input.name, email: input.email, role: input.role, partyId: input.partyId, ...(roleChanged ? { sessionVersion: { increment: 1 } } : {}) },
  });
  return { id: input.id, roleChanged, emailChanged: input.email !== before.email, from: { role: before.role, email: before.email } };
}
