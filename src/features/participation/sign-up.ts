import type { Tx } from "@/lib/db";
import { placeSignup } from "./place-signup";
import type { OwnSignupInput } from "./schemas";

/** A politician signs themself up: confirmed if a place is free, otherwise waitlisted. */
export async function signUp(tx: Tx, actorId: string, input: OwnSignupInput) {
  return placeSignup(tx, input.activityId, actorId, "self");
}
