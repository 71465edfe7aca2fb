"use server";

// Form actions for moderation. After a change the moderator returns to the review queue (or
// the redaction page) with a notice; the queue's row for an approved input is gone by then.
import { hideInputCommand } from "@/features/inputs/inbox/commands";
import { serverAction, type StateOf } from "@/lib/server-action";
import { approveInputCommand, clearRedactionCommand, redactInputCommand } from "./commands";
import { REDACT_PATH, REVIEW_PATH } from "./paths";

// Quotes appear in the report, "Dette har vi hørt" and the admin pages: revalidate broadly.
const revalidate = [["/", "layout"]] as const;

const approve = serverAction(approveInputCommand, { revalidate, redirect: () => `${REVIEW_PATH}?lagret=godkjent` });
export async function approveInputAction(prev: StateOf<typeof approve>, fd: FormData) {
  return approve(prev, fd);
}

const hide = serverAction(hideInputCommand, { revalidate, redirect: () => `${REVIEW_PATH}?lagret=skjult` });
export async function hideHeldInputAction(prev: StateOf<typeof hide>, fd: FormData) {
  return hide(prev, fd);
}

const redact = serverAction(redactInputCommand, { revalidate, redirect: (r) => `${REDACT_PATH}/${r.id}?lagret=sladdet` });
export async function redactInputAction(prev: StateOf<typeof redact>, fd: FormData) {
  return redact(prev, fd);
}

const clear = serverAction(clearRedactionCommand, { revalidate, redirect: (r) => `${REDACT_PATH}/${r.id}?lagret=fjernet` });
export async function clearRedactionAction(prev: StateOf<typeof clear>, fd: FormData) {
  return clear(prev, fd);
}
