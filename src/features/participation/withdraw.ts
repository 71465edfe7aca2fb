import type { Tx } from "@/lib/db";
import { releaseSignup } from "./release-signup";
import type { OwnSignupInput } from "./schemas";

/** A politician withdraws their own sign-up (or leaves the waitlist). */
export async function withdraw(tx: Tx, actorId: string, input: OwnSignupInput) {
  return releaseSignup(tx, input.activityId, actorId, "self");
}
