"use server";

import { z } from "zod";
import type { ActionState } from "@/lib/action";
import { isUuid } from "@/lib/ids";
import { serverAction } from "@/lib/server-action";
import { deleteRecordedInputCommand, recordInputCommand, type Deleted } from "./commands";
import { recordingPath } from "./paths";
import type { Recorded } from "./record-input";

// Recorded inputs show in the inbox, reports and the politician's pages.
const revalidate = [["/", "layout"]] as const;

const posted = z.string().optional().catch(undefined);
/**
 * The page to go back to, with the choices that several inputs from the same bench often
 * share carried to the next one (as posted; the delete form carries them too).
 */
const context = z.object({ activityId: z.string().catch(""), category: posted, targetGroupId: posted, districtId: posted, language: posted }).transform((v) => {
  const kept = new URLSearchParams();
  for (const [value, param] of [
    [v.category, "kategori"],
    [v.targetGroupId, "malgruppe"],
    [v.districtId, "bydel"],
    [v.language, "sprak"],
  ] as const) {
    if (value !== undefined) kept.set(param, value);
  }
  return { back: { path: isUuid(v.activityId) ? recordingPath(v.activityId) : "/politiker", kept: kept.toString() } };
});

/** Back to the page; the flag's value differs per change, which re-mounts the form afresh. */
function backTo(back: { path: string; kept: string }, flag: string, value: string) {
  const q = new URLSearchParams(back.kept);
  q.set(flag, value);
  return `${back.path}?${q}`;
}

// Back to an empty form (a new idempotency key) with the same category, group and district.
const recordHandler = serverAction(recordInputCommand, { context, revalidate, redirect: (r, i) => backTo(i.back, "lagret", r.receiptCode) });
export async function recordInputAction(prev: ActionState<Recorded>, fd: FormData) {
  return recordHandler(prev, fd);
}

const deleteHandler = serverAction(deleteRecordedInputCommand, { context, revalidate, redirect: (r, i) => backTo(i.back, "slettet", r.receiptCode) });
export async function deleteRecordedInputAction(prev: ActionState<Deleted>, fd: FormData) {
  return deleteHandler(prev, fd);
}
