"use server";

import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { createAccountCommand, deactivateAccountCommand, reactivateAccountCommand, resetAccountPasswordCommand, updateAccountCommand } from "./commands";

type Data<C> = C extends { run: (...a: never[]) => Promise<infer R> } ? R : never;
const revalidate = [["/admin/brukere", "layout"]] as const;

// Create and reset return the initial password in the action state: the form shows it once,
// it is not in a URL, a cookie or the log, and a reload of the page does not show it again.
const createHandler = serverAction(createAccountCommand, { revalidate });
export async function createAccountAction(prev: ActionState<Data<typeof createAccountCommand>>, fd: FormData) {
  return createHandler(prev, fd);
}

const resetHandler = serverAction(resetAccountPasswordCommand, { revalidate });
export async function resetAccountPasswordAction(prev: ActionState<Data<typeof resetAccountPasswordCommand>>, fd: FormData) {
  return resetHandler(prev, fd);
}

const updateHandler = serverAction(updateAccountCommand, { revalidate });
export async function updateAccountAction(prev: ActionState<Data<typeof updateAccountCommand>>, fd: FormData) {
  return updateHandler(prev, fd);
}

// Deactivation changes the whole page (status, sign-ups), so it returns to it with a notice.
const deactivateHandler = serverAction(deactivateAccountCommand, {
  revalidate: [["/", "layout"]],
  redirect: (r) => `/admin/brukere/${r.id}?deaktivert=${r.withdrawn}`,
});
export async function deactivateAccountAction(prev: ActionState<Data<typeof deactivateAccountCommand>>, fd: FormData) {
  return deactivateHandler(prev, fd);
}

const reactivateHandler = serverAction(reactivateAccountCommand, { revalidate, redirect: (r) => `/admin/brukere/${r.id}?aktivert=1` });
export async function reactivateAccountAction(prev: ActionState<Data<typeof reactivateAccountCommand>>, fd: FormData) {
  return reactivateHandler(prev, fd);
}
