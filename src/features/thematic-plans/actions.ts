"use server";
import { revalidatePath } from "next/cache";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { deleteThematicPlanCommand, saveThematicPlanCommand } from "./commands";

const refresh = () => revalidatePath("/", "layout");

const saveHandler = serverAction(saveThematicPlanCommand, refresh);
export async function saveThematicPlanAction(prev: ActionState<{ id: string }>, fd: FormData) {
  return saveHandler(prev, fd);
}

const deleteHandler = serverAction(deleteThematicPlanCommand, refresh);
export async function deleteThematicPlanAction(prev: ActionState<{ id: string }>, fd: FormData) {
  return deleteHandler(prev, fd);
}
