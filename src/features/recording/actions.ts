"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { isUuid } from "@/lib/ids";
import { serverAction } from "@/lib/server-action";
import { type Deleted, deleteRecordedInputCommand, recordInputCommand } from "./commands";
import type { Recorded } from "./record-input";
import { recordingPath } from "./paths";

// Recorded inputs show in the inbox, reports and the politician's pages.
const refresh = () => revalidatePath("/", "layout");

/** The choices that several inputs from the same bench often share, carried to the next one. */
function keptChoices(fd: FormData) {
  const q = new URLSearchParams();
  for (const [field, param] of [
    ["category", "kategori"],
    ["targetGroupId", "malgruppe"],
    ["districtId", "bydel"],
    ["language", "sprak"],
  ] as const) {
    const v = fd.get(field);
    if (typeof v === "string") q.set(param, v);
  }
  return q;
}

/** Back to the page; the flag's value differs per change, which re-mounts the form afresh. */
function backTo(fd: FormData, flag: string, value: string) {
  const activityId = String(fd.get("activityId") ?? "");
  const q = keptChoices(fd);
  q.set(flag, value);
  return `${isUuid(activityId) ? recordingPath(activityId) : "/politiker"}?${q}`;
}

const recordHandler = serverAction(recordInputCommand, refresh);
export async function recordInputAction(prev: ActionState<Recorded>, fd: FormData) {
  const state = await recordHandler(prev, fd);
  // Back to an empty form (a new idempotency key) with the same category, group and district.
  if (state.status === "success") redirect(backTo(fd, "lagret", state.data.receiptCode));
  return state;
}

const deleteHandler = serverAction(deleteRecordedInputCommand, refresh);
export async function deleteRecordedInputAction(prev: ActionState<Deleted>, fd: FormData) {
  const state = await deleteHandler(prev, fd);
  if (state.status === "success") redirect(backTo(fd, "slettet", state.data.receiptCode));
  return state;
}
