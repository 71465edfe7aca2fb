"use server";

import { serverAction } from "@/lib/server-action";
import { createAccountCommand, deactivateAccountCommand, reactivateAccountCommand, resetAccountPasswordCommand, updateAccountCommand } from "./commands";

const revalidate = [["/admin/brukere", "layout"]] as const;

// Create and reset return the initial password in the action state: the form shows it once,
// it is not in a URL, a cookie or the log, and a reload of the page does not show it again.
export const createAccountAction = serverAction(createAccountCommand, { revalidate });

export const resetAccountPasswordAction = serverAction(resetAccountPasswordCommand, { revalidate });

export const updateAccountAction = serverAction(updateAccountCommand, { revalidate });

// Deactivation changes the whole page (status, sign-ups), so it returns to it with a notice.
export const deactivateAccountAction = serverAction(deactivateAccountCommand, {
  revalidate: [["/", "layout"]],
  redirect: (r) => `/admin/brukere/${r.id}?deaktivert=${r.withdrawn}`,
});

export const reactivateAccountAction = serverAction(reactivateAccountCommand, { revalidate, redirect: (r) => `/admin/brukere/${r.id}?aktivert=1` });
