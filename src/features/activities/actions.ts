"use server";

import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { deleteActivityCommand, saveActivityCommand } from "./commands";

const list = (processId: string) => `/admin/prosesser/${processId}/aktiviteter`;
const revalidate = [["/", "layout"]] as const;

const saveHandler = serverAction(saveActivityCommand, { revalidate, redirect: (_r, i) => `${list(i.processId)}?lagret=1` });
export async function saveActivityAction(prev: ActionState<{ id: string }>, fd: FormData) {
  return saveHandler(prev, fd);
}

const deleteHandler = serverAction(deleteActivityCommand, { revalidate, redirect: (_r, i) => `${list(i.processId)}?slettet=1` });
export async function deleteActivityAction(prev: ActionState<{ id: string }>, fd: FormData) {
  return deleteHandler(prev, fd);
}
