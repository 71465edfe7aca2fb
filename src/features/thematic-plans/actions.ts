"use server";

import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { deleteThematicPlanCommand, saveThematicPlanCommand } from "./commands";

const revalidate = [["/", "layout"]] as const;

const saveHandler = serverAction(saveThematicPlanCommand, { revalidate });
export async function saveThematicPlanAction(prev: ActionState<{ id: string }>, fd: FormData) {
  return saveHandler(prev, fd);
}

const deleteHandler = serverAction(deleteThematicPlanCommand, { revalidate });
export async function deleteThematicPlanAction(prev: ActionState<{ id: string }>, fd: FormData) {
  return deleteHandler(prev, fd);
}
