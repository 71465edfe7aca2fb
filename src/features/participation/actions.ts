"use server";

import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { addSignupCommand, removeSignupCommand, setParticipationRuleCommand, signUpCommand, withdrawCommand, type Placed, type Released } from "./commands";

// Sign-ups show on several pages (choose, landing, admin), so the whole layout is revalidated.
const revalidate = [["/", "layout"]] as const;

const signUpHandler = serverAction(signUpCommand, { revalidate });
export async function signUpAction(prev: ActionState<Placed>, fd: FormData) {
  return signUpHandler(prev, fd);
}

const withdrawHandler = serverAction(withdrawCommand, { revalidate });
export async function withdrawAction(prev: ActionState<Released>, fd: FormData) {
  return withdrawHandler(prev, fd);
}

// The administration's changes return to the sign-up page with a notice: the row a removal
// came from is gone, so the form itself cannot say what happened.
const managePath = (input: { processId: string; activityId: string }) => `/admin/prosesser/${input.processId}/aktiviteter/${input.activityId}/pameldinger`;

const addHandler = serverAction(addSignupCommand, { revalidate, redirect: (r, input) => `${managePath(input)}?lagt=${r.status}` });
export async function addSignupAction(prev: ActionState<Placed>, fd: FormData) {
  return addHandler(prev, fd);
}

const removeHandler = serverAction(removeSignupCommand, { revalidate, redirect: (r, input) => `${managePath(input)}?fjernet=${r.promoted.length}` });
export async function removeSignupAction(prev: ActionState<Released>, fd: FormData) {
  return removeHandler(prev, fd);
}

type RuleChange = Awaited<ReturnType<(typeof setParticipationRuleCommand)["run"]>>;
const ruleHandler = serverAction(setParticipationRuleCommand, { revalidate: (r) => [[`/admin/prosesser/${r.processId}`, "layout"]] });
export async function setParticipationRuleAction(prev: ActionState<RuleChange>, fd: FormData) {
  return ruleHandler(prev, fd);
}
