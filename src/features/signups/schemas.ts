import { z } from "zod";
import { uuidField as uuid } from "@/lib/form-values";

/** A politician's own sign-up or withdrawal: no user id — the actor is always the one signed up. */
export const ownSignupSchema = z.object({ activityId: uuid });
export type OwnSignupInput = z.infer<typeof ownSignupSchema>;

/** The administration adding or removing a politician on an activity. */
export const manageSignupSchema = z.object({
  processId: uuid,
  activityId: uuid,
  userId: z.uuid("signups.validation.choosePolitician"),
});
export type ManageSignupInput = z.infer<typeof manageSignupSchema>;
