"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import {
  createAccountCommand,
  deactivateAccountCommand,
  reactivateAccountCommand,
  resetAccountPasswordCommand,
  setParticipationRuleCommand,
  updateAccountCommand,
} from "./commands";

type Data<C> = C extends { run: (...a: never[]) => Promise<infer R> } ? R : never;
const refresh = () => revalidatePath("/admin/brukere", "layout");

// Create and reset return the initial password in the action state: the form shows it once,
// it is not in a URL, a cookie or the log, and a reload of the page does not show it again.
const createHandler = serverAction(createAccountCommand, refresh);
export async function createAccountAction(prev: ActionState<Data<typeof createAccountCommand>>, fd: FormData) {
  return createHandler(prev, fd);
}

const resetHandler = serverAction(resetAccountPasswordCommand, refresh);
export async function resetAccountPasswordAction(prev: ActionState<Data<typeof resetAccountPasswordCommand>>, fd: FormData) {
  return resetHandler(prev, fd);
}

const updateHandler = serverAction(updateAccountCommand, refresh);
export async function updateAccountAction(prev: ActionState<Data<typeof updateAccountCommand>>, fd: FormData) {
  return updateHandler(prev, fd);
}

// Deactivation changes the whole page (status, sign-ups), so it returns to it with a notice.
const deactivateHandler = serverAction(deactivateAccountCommand, () => revalidatePath("/", "layout"));
export async function deactivateAccountAction(prev: ActionState<Data<typeof deactivateAccountCommand>>, fd: FormData) {
  const state = await deactivateHandler(prev, fd);
  if (state.status === "success") redirect(`/admin/brukere/${state.data.id}?deaktivert=${state.data.withdrawn}`);
  return state;
}

const reactivateHandler = serverAction(reactivateAccountCommand, refresh);
export async function reactivateAccountAction(prev: ActionState<Data<typeof reactivateAccountCommand>>, fd: FormData) {
  const state = await reactivateHandler(prev, fd);
  if (state.status === "success") redirect(`/admin/brukere/${state.data.id}?aktivert=1`);
  return state;
}

const ruleHandler = serverAction(setParticipationRuleCommand, (r) => revalidatePath(`/admin/prosesser/${r.processId}`, "layout"));
export async function setParticipationRuleAction(prev: ActionState<Data<typeof setParticipationRuleCommand>>, fd: FormData) {
  return ruleHandler(prev, fd);
}
