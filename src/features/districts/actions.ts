"use server";
// District-list actions: thin wrappers over the gate; they revalidate and move the user on.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

type S<R> = ActionState<R>;
const PAGE = "/admin/bydeler";
// Districts appear in public forms, activity forms and filters everywhere.
const refresh = () => revalidatePath("/", "layout");

const saveHandler = serverAction(c.saveDistrictCommand);
export async function saveDistrictAction(prev: S<{ id: string; name: string; created: boolean }>, fd: FormData) {
  const state = await saveHandler(prev, fd);
  if (state.status === "success") {
    refresh();
    redirect(`${PAGE}?${state.data.created ? "lagtTil" : "lagret"}=${state.data.id}`);
  }
  return state;
}

const moveHandler = serverAction(c.moveDistrictCommand);
export async function moveDistrictAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await moveHandler(prev, fd);
  if (state.status === "success") {
    refresh();
    redirect(`${PAGE}?flyttet=${state.data.id}`);
  }
  return state;
}

const deleteHandler = serverAction(c.deleteDistrictCommand);
export async function deleteDistrictAction(prev: S<{ id: string; name: string }>, fd: FormData) {
  const state = await deleteHandler(prev, fd);
  if (state.status === "success") {
    refresh();
    redirect(`${PAGE}?slettet=1`);
  }
  return state;
}
