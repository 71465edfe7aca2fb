"use server";

import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import {
  setAgreedFiguresCommand,
  setEvaluationClosedCommand,
  submitEvaluationCommand,
  type AgreedFigures,
  type EvaluationClosing,
  type SubmittedEvaluation,
} from "./commands";

// An evaluation shows on the politician's page (reminders), the activity's admin pages and
// overviews, so the whole layout is revalidated. Both forms return with a notice by
// redirect: the page then shows what is stored, not what the form last held.
const revalidate = [["/", "layout"]] as const;
const adminPath = (d: { processId: string; activityId: string }) => `/admin/prosesser/${d.processId}/aktiviteter/${d.activityId}/evalueringer`;

const submitHandler = serverAction(submitEvaluationCommand, { revalidate, redirect: (r) => `/politiker/aktiviteter/${r.activityId}/evaluering?lagret=1` });
export async function submitEvaluationAction(prev: ActionState<SubmittedEvaluation>, fd: FormData) {
  return submitHandler(prev, fd);
}

const closingHandler = serverAction(setEvaluationClosedCommand, { revalidate, redirect: (r) => `${adminPath(r)}?${r.closed ? "stengt" : "apnet"}=1` });
export async function setEvaluationClosedAction(prev: ActionState<EvaluationClosing>, fd: FormData) {
  return closingHandler(prev, fd);
}

const agreedHandler = serverAction(setAgreedFiguresCommand, { revalidate, redirect: (r) => `${adminPath(r)}?tall=1` });
export async function setAgreedFiguresAction(prev: ActionState<AgreedFigures>, fd: FormData) {
  return agreedHandler(prev, fd);
}
