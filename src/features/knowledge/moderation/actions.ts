"use server";
// Form actions for moderation. After a change the moderator returns to the review queue (or
// the redaction page) with a notice; the queue's row for an approved input is gone by then.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { hideInputCommand } from "@/features/inbox/commands";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { approveInputCommand, clearRedactionCommand, redactInputCommand } from "./commands";
import { REDACT_PATH, REVIEW_PATH } from "./paths";

// Quotes appear in the report, "Dette har vi hørt" and the admin pages: revalidate broadly.
const refresh = () => revalidatePath("/", "layout");

type Done = { id: string };
const then =
  <R extends Done>(handler: (p: ActionState<R>, fd: FormData) => Promise<ActionState<R>>, to: (id: string) => string) =>
  async (prev: ActionState<R>, fd: FormData) => {
    const state = await handler(prev, fd);
    if (state.status === "success") redirect(to(state.data.id));
    return state;
  };

const approve = then(serverAction(approveInputCommand, refresh), () => `${REVIEW_PATH}?lagret=godkjent`);
export async function approveInputAction(prev: Parameters<typeof approve>[0], fd: FormData) {
  return approve(prev, fd);
}

const hide = then(serverAction(hideInputCommand, refresh), () => `${REVIEW_PATH}?lagret=skjult`);
export async function hideHeldInputAction(prev: Parameters<typeof hide>[0], fd: FormData) {
  return hide(prev, fd);
}

const redact = then(serverAction(redactInputCommand, refresh), (id) => `${REDACT_PATH}/${id}?lagret=sladdet`);
export async function redactInputAction(prev: Parameters<typeof redact>[0], fd: FormData) {
  return redact(prev, fd);
}

const clear = then(serverAction(clearRedactionCommand, refresh), (id) => `${REDACT_PATH}/${id}?lagret=fjernet`);
export async function clearRedactionAction(prev: Parameters<typeof clear>[0], fd: FormData) {
  return clear(prev, fd);
}
