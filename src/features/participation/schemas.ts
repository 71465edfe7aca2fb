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

export const PARTICIPATION_RULES = ["UNDECIDED", "EVERYONE", "VOLUNTARY"] as const;

/** A process's participation rule: whether every representative is expected to take part, or each chooses. */
export const participationRuleSchema = z.object({
  processId: uuid,
  participationRule: z.enum(PARTICIPATION_RULES, "validation.choose"),
});
export type ParticipationRuleInput = z.infer<typeof participationRuleSchema>;
