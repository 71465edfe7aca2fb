"use server";

import { serverAction } from "@/lib/server-action";
import { addSignupCommand, removeSignupCommand, setParticipationRuleCommand, signUpCommand, withdrawCommand } from "./commands";

// Sign-ups show on several pages (choose, landing, admin), so the whole layout is revalidated.
const revalidate = [["/", "layout"]] as const;

export const signUpAction = serverAction(signUpCommand, { revalidate });

export const withdrawAction = serverAction(withdrawCommand, { revalidate });

// The administration's changes return to the sign-up page with a notice: the row a removal
// came from is gone, so the form itself cannot say what happened.
const managePath = (input: { processId: string; activityId: string }) => `/admin/prosesser/${input.processId}/aktiviteter/${input.activityId}/pameldinger`;

export const addSignupAction = serverAction(addSignupCommand, { revalidate, redirect: (r, input) => `${managePath(input)}?lagt=${r.status}` });

export const removeSignupAction = serverAction(removeSignupCommand, {
  revalidate,
  redirect: (r, input) => `${managePath(input)}?fjernet=${r.promoted.length}`,
});
export const setParticipationRuleAction = serverAction(setParticipationRuleCommand, { revalidate: (r) => [[`/admin/prosesser/${r.processId}`, "layout"]] });
