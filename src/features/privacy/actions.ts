"use server";

import { serverAction } from "@/lib/server-action";
import { handlePrivacyRequestCommand, setRetentionCommand } from "./commands";

// Handled: the form is gone from the request's page, so back to the list, which says so.
export const handlePrivacyRequestAction = serverAction(handlePrivacyRequestCommand, {
  revalidate: [["/admin/personvern", "layout"]],
  redirect: (r) => `/admin/personvern?behandlet=${r.id}`,
});

export const setRetentionAction = serverAction(setRetentionCommand, { revalidate: ({ processId }) => [[`/admin/prosesser/${processId}`, "layout"]] });
