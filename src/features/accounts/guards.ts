// Rules every change to an account must respect.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** A clear message at the e-mail field instead of the generic unique-violation text. */
export async function assertEmailFree(tx: Tx, email: string, exceptId?: string) {
  const taken = await tx.user.findUnique({ where: { email }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new AppError("CONFLICT", "accounts.emailTaken", "email");
}

/**
 * The account keeps at least one active administrator. The active admins' rows are locked
 * first, so two administrators removing each other at the same moment cannot both succeed:
 * the second waits, then sees the first change and is refused.
 */
export async function assertAnotherActiveAdmin(tx: Tx, targetId: string) {
  const admins = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text FROM app_user WHERE role = 'ADMIN' AND deactivated_at IS NULL FOR UPDATE`;
  if (!admins.some((a) => a.id !== targetId)) throw new AppError("CONFLICT", "accounts.lastAdmin");
}

export async function loadAccount(tx: Tx, id: string) {
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, email: true, deactivatedAt: true } });
  if (!user) throw new AppError("NOT_FOUND", "accounts.notFound");
  return user;
}
