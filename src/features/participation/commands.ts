// Gate definitions for sign-ups and a process's participation rule (see src/lib/action.ts). The self commands take no user id:
// the actor is the one signed up, so a politician cannot sign up someone else.
import { setParticipationRule } from "@/features/participation/set-participation-rule";
import type { Def } from "@/lib/action";
import { addSignup } from "./add-signup";
import { removeSignup } from "./remove-signup";
import { manageSignupSchema, ownSignupSchema, participationRuleSchema } from "./schemas";
import { signUp } from "./sign-up";
import { withdraw } from "./withdraw";

export type Placed = Awaited<ReturnType<typeof signUp>>;
export type Released = Awaited<ReturnType<typeof withdraw>>;

const placedAudit = (r: Placed, details: Record<string, unknown> = {}) => ({
  entityType: "signup",
  entityId: r.id,
  processId: r.processId,
  details: { activityId: r.activityId, status: r.status, ...details },
});
const releasedAudit = (r: Released, details: Record<string, unknown> = {}) => ({
  entityType: "signup",
  entityId: r.id,
  processId: r.processId,
  details: { activityId: r.activityId, status: "WITHDRAWN", was: r.was, promoted: r.promoted, ...details },
});

export const signUpCommand = {
  permission: "signup.self",
  schema: ownSignupSchema,
  run: ({ tx, actor, input }) => signUp(tx, actor.id, input),
  audit: (_input, r) => placedAudit(r),
} satisfies Def<typeof ownSignupSchema, Placed>;

export const withdrawCommand = {
  permission: "signup.self",
  schema: ownSignupSchema,
  run: ({ tx, actor, input }) => withdraw(tx, actor.id, input),
  audit: (_input, r) => releasedAudit(r),
} satisfies Def<typeof ownSignupSchema, Released>;

export const addSignupCommand = {
  permission: "signup.manage",
  schema: manageSignupSchema,
  run: ({ tx, input }) => addSignup(tx, input),
  audit: (input, r) => placedAudit(r, { userId: input.userId }),
} satisfies Def<typeof manageSignupSchema, Placed>;

export const removeSignupCommand = {
  permission: "signup.manage",
  schema: manageSignupSchema,
  run: ({ tx, input }) => removeSignup(tx, input),
  audit: (input, r) => releasedAudit(r, { userId: input.userId }),
} satisfies Def<typeof manageSignupSchema, Released>;

export const setParticipationRuleCommand = {
  permission: "process.update",
  schema: participationRuleSchema,
  run: ({ tx, input }) => setParticipationRule(tx, input),
  audit: (input, r) => ({ entityType: "process", entityId: input.processId, processId: input.processId, details: { participationRule: r.to, from: r.from } }),
} satisfies Def<typeof participationRuleSchema, Awaited<ReturnType<typeof setParticipationRule>>>;
