import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { assertEmailFree } from "./guards";
import { generateInitialPassword } from "./initial-password";
import type { CreateAccountInput } from "./schemas";

/**
 * Creates an account with a server-made initial password that must be changed at first
 * sign-in. The password is returned once, for the administrator to hand over; only its
 * argon2id hash is stored and it never reaches the audit log.
 */
export async function createAccount(tx: Tx, input: CreateAccountInput) {
  await assertEmailFree(tx, input.email);
  const password = generateInitialPassword();
  const user = await tx.user.create({
    data: {
      name: input.name,
      email: input.email,
      role: input.role,
      partyId: input.partyId,
      passwordHash: await hashPassword(password),
      mustChangePassword: true,
    },
    select: { id: true, name: true, email: true, role: true, partyId: true },
  });
  return { ...user, password };
}
