"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { type Placed, type Released, addSignupCommand, removeSignupCommand, signUpCommand, withdrawCommand } from "./commands";

// Sign-ups show on several pages (choose, landing, admin), so the whole layout is revalidated.
const refresh = () => revalidatePath("/", "layout");

const signUpHandler = serverAction(signUpCommand, refresh);
export async function signUpAction(prev: ActionState<Placed>, fd: FormData) {
  return signUpHandler(prev, fd);
}

const withdrawHandler = serverAction(withdrawCommand, refresh);
export async function withdrawAction(prev: ActionState<Released>, fd: FormData) {
  return withdrawHandler(prev, fd);
}

// The administration's changes return to the sign-up page with a notice: the row a removal
// came from is gone, so the form itself cannot say what happened.
const managePath = (fd: FormData) => `/admin/prosesser/${String(fd.get("processId"))}/aktiviteter/${String(fd.get("activityId"))}/pameldinger`;

const addHandler = serverAction(addSignupCommand, refresh);
export async function addSignupAction(prev: ActionState<Placed>, fd: FormData) {
  const state = await addHandler(prev, fd);
  if (state.status === "success") redirect(`${managePath(fd)}?lagt=${state.data.status}`);
  return state;
}

const removeHandler = serverAction(removeSignupCommand, refresh);
export async function removeSignupAction(prev: ActionState<Released>, fd: FormData) {
  const state = await removeHandler(prev, fd);
  if (state.status === "success") redirect(`${managePath(fd)}?fjernet=${state.data.promoted.length}`);
  return state;
}
