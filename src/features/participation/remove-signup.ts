import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { releaseSignup } from "./release-signup";
import type { ManageSignupInput } from "./schemas";

/** The administration removes a politician; a confirmed place goes to the first on the waitlist. */
export async function removeSignup(tx: Tx, input: ManageSignupInput) {
  const result = await releaseSignup(tx, input.activityId, input.userId, "admin");
  if (result.processId !== input.processId) throw new AppError("NOT_FOUND", "notFound");
  return result;
}
