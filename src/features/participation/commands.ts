// Gate definitions for sign-ups and a process's participation rule (see src/lib/action.ts). The self commands take no user id:
// the actor is the one signed up, so a politician cannot sign up someone else.
import { setParticipationRule } from "@/features/participation/set-participation-rule";
import { command, rowCommands } from "@/lib/command";
import { addSignup } from "./add-signup";
import { removeSignup } from "./remove-signup";
import { manageSignupSchema, ownSignupSchema, participationRuleSchema } from "./schemas";
import { signUp } from "./sign-up";
import { withdraw } from "./withdraw";

export type Placed = Awaited<ReturnType<typeof signUp>>;
export type Released = Awaited<ReturnType<typeof withdraw>>;

const self = rowCommands("signup.self", "signup");
const manage = rowCommands("signup.manage", "signup");
const placed = (r: Placed) => ({ activityId: r.activityId, status: r.status });
const released = (r: Released) => ({ activityId: r.activityId, status: "WITHDRAWN", was: r.was, promoted: r.promoted });

export const signUpCommand = self(ownSignupSchema, (tx, input, actor) => signUp(tx, actor.id, input), placed);
export const withdrawCommand = self(ownSignupSchema, (tx, input, actor) => withdraw(tx, actor.id, input), released);
export const addSignupCommand = manage(manageSignupSchema, addSignup, (r, input) => ({ ...placed(r), userId: input.userId }));
export const removeSignupCommand = manage(manageSignupSchema, removeSignup, (r, input) => ({ ...released(r), userId: input.userId }));

export const setParticipationRuleCommand = command("process.update", participationRuleSchema, setParticipationRule, (input, r) => ({
  entityType: "process",
  entityId: input.processId,
  processId: input.processId,
  details: { participationRule: r.to, from: r.from },
}));
