"use server";

// The administration's handling of a privacy request: a thin adapter to the gate (commands.ts).
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { handlePrivacyRequestCommand, setRetentionCommand } from "./commands";
import type { HandledPrivacyRequest } from "./handle-privacy-request";

// Handled: the form is gone from the request's page, so back to the list, which says so.
const handler = serverAction(handlePrivacyRequestCommand, {
  revalidate: [["/admin/personvern", "layout"]],
  redirect: (r) => `/admin/personvern?behandlet=${r.id}`,
});

export async function handlePrivacyRequestAction(prev: ActionState<HandledPrivacyRequest>, formData: FormData): Promise<ActionState<HandledPrivacyRequest>> {
  return handler(prev, formData);
}

const retentionHandler = serverAction(setRetentionCommand, { revalidate: ({ processId }) => [[`/admin/prosesser/${processId}`, "layout"]] });

export async function setRetentionAction(
  prev: ActionState<{ processId: string; retentionMonths: number }>,
  formData: FormData,
): Promise<ActionState<{ processId: string; retentionMonths: number }>> {
  return retentionHandler(prev, formData);
}
