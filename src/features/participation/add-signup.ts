import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { placeSignup } from "./place-signup";
import type { ManageSignupInput } from "./schemas";

/** The administration adds a politician; the places still count, so a full activity waitlists. */
export async function addSignup(tx: Tx, input: ManageSignupInput) {
  const result = await placeSignup(tx, input.activityId, input.userId, "admin");
  if (result.processId !== input.processId) throw new AppError("NOT_FOUND", "notFound");
  return result;
}
