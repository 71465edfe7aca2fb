"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { deleteActivityCommand, saveActivityCommand } from "./commands";

const list = (processId: string) => `/admin/prosesser/${processId}/aktiviteter`;

const saveHandler = serverAction(saveActivityCommand);
export async function saveActivityAction(prev: ActionState<{ id: string }>, fd: FormData) {
  const state = await saveHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    revalidatePath("/", "layout");
    redirect(`${list(processId)}?lagret=1`);
  }
  return state;
}

const deleteHandler = serverAction(deleteActivityCommand);
export async function deleteActivityAction(prev: ActionState<{ id: string }>, fd: FormData) {
  const state = await deleteHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    revalidatePath("/", "layout");
    redirect(`${list(processId)}?slettet=1`);
  }
  return state;
}
