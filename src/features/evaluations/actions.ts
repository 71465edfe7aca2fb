"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import {
  type AgreedFigures,
  type EvaluationClosing,
  type SubmittedEvaluation,
  setAgreedFiguresCommand,
  setEvaluationClosedCommand,
  submitEvaluationCommand,
} from "./commands";

// An evaluation shows on the politician's page (reminders), the activity's admin pages and
// overviews, so the whole layout is revalidated. Both forms return with a notice by
// redirect: the page then shows what is stored, not what the form last held.
const refresh = () => revalidatePath("/", "layout");

const submitHandler = serverAction(submitEvaluationCommand, refresh);
export async function submitEvaluationAction(prev: ActionState<SubmittedEvaluation>, fd: FormData) {
  const state = await submitHandler(prev, fd);
  if (state.status === "success") redirect(`/politiker/aktiviteter/${state.data.activityId}/evaluering?lagret=1`);
  return state;
}

const closingHandler = serverAction(setEvaluationClosedCommand, refresh);
export async function setEvaluationClosedAction(prev: ActionState<EvaluationClosing>, fd: FormData) {
  const state = await closingHandler(prev, fd);
  if (state.status === "success") {
    const d = state.data;
    redirect(`/admin/prosesser/${d.processId}/aktiviteter/${d.activityId}/evalueringer?${d.closed ? "stengt" : "apnet"}=1`);
  }
  return state;
}

const agreedHandler = serverAction(setAgreedFiguresCommand, refresh);
export async function setAgreedFiguresAction(prev: ActionState<AgreedFigures>, fd: FormData) {
  const state = await agreedHandler(prev, fd);
  if (state.status === "success") redirect(`/admin/prosesser/${state.data.processId}/aktiviteter/${state.data.activityId}/evalueringer?tall=1`);
  return state;
}
