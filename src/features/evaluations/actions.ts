"use server";

import { serverAction } from "@/lib/server-action";
import { setAgreedFiguresCommand, setEvaluationClosedCommand, submitEvaluationCommand } from "./commands";

// An evaluation shows on the politician's page (reminders), the activity's admin pages and
// overviews, so the whole layout is revalidated. Both forms return with a notice by
// redirect: the page then shows what is stored, not what the form last held.
const revalidate = [["/", "layout"]] as const;
const adminPath = (d: { processId: string; activityId: string }) => `/admin/prosesser/${d.processId}/aktiviteter/${d.activityId}/evalueringer`;

export const submitEvaluationAction = serverAction(submitEvaluationCommand, {
  revalidate,
  redirect: (r) => `/politiker/aktiviteter/${r.activityId}/evaluering?lagret=1`,
});

export const setEvaluationClosedAction = serverAction(setEvaluationClosedCommand, {
  revalidate,
  redirect: (r) => `${adminPath(r)}?${r.closed ? "stengt" : "apnet"}=1`,
});

export const setAgreedFiguresAction = serverAction(setAgreedFiguresCommand, { revalidate, redirect: (r) => `${adminPath(r)}?tall=1` });
