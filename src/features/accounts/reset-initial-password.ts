import type { Tx } from "@/lib/db";
import { hashPassword } from "@/lib/passwords";
import { loadAccount } from "./guards";
import { generateInitialPassword } from "./initial-password";

/**
 * A new initial password for someone who forgot theirs or got locked out: it lifts the
 * lock-out, must be changed at next sign-in, and ends every session with the old one.
 */
export async function resetInitialPassword(tx: Tx, id: string) {
  await loadAccount(tx, id);
  const password = generateInitialPassword();
  await tx.user.update({
    where: { id },
    data: { passwordHash: await hashPassword(password), mustChangePassword: true, sessionVersion: { increment: 1 } },
  });
  return { id, password };
}
