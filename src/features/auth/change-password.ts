import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/passwords";
import type { ChangePasswordInput } from "./schemas";

/** Changes the actor's own password; other sessions of the user are revoked. */
export async function changePassword(tx: Tx, userId: string, input: ChangePasswordInput): Promise<{ userId: string }> {
  const user = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID", "account.wrongPassword", "currentPassword");
  }
  await tx.user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(input.newPassword), mustChangePassword: false, sessionVersion: { increment: 1 } },
  });
  return { userId };
}
