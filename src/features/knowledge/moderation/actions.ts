"use server";

// Form actions for moderation. After a change the moderator returns to the review queue (or
// the redaction page) with a notice; the queue's row for an approved input is gone by then.
import { hideInputCommand } from "@/features/inputs/inbox/commands";
import { serverAction } from "@/lib/server-action";
import { approveInputCommand, clearRedactionCommand, redactInputCommand } from "./commands";
import { REDACT_PATH, REVIEW_PATH } from "./paths";

// Quotes appear in the report, "Dette har vi hørt" and the admin pages: revalidate broadly.
const revalidate = [["/", "layout"]] as const;

export const approveInputAction = serverAction(approveInputCommand, { revalidate, redirect: () => `${REVIEW_PATH}?lagret=godkjent` });

export const hideHeldInputAction = serverAction(hideInputCommand, { revalidate, redirect: () => `${REVIEW_PATH}?lagret=skjult` });

export const redactInputAction = serverAction(redactInputCommand, { revalidate, redirect: (r) => `${REDACT_PATH}/${r.id}?lagret=sladdet` });

export const clearRedactionAction = serverAction(clearRedactionCommand, { revalidate, redirect: (r) => `${REDACT_PATH}/${r.id}?lagret=fjernet` });
