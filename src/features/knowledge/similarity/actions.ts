"use server";
// Form actions for duplicates: back to the page the list was shown on (`returnTo`, checked
// to be a local path).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { markDuplicateCommand, unmarkDuplicateCommand } from "@/features/knowledge/moderation/commands";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { safeReturnPath } from "@/lib/session";

const refresh = () => revalidatePath("/", "layout");

type Done = { id: string };
const back =
  <R extends Done>(handler: (p: ActionState<R>, fd: FormData) => Promise<ActionState<R>>) =>
  async (prev: ActionState<R>, fd: FormData) => {
    const state = await handler(prev, fd);
    if (state.status === "success") redirect(safeReturnPath(fd.get("returnTo"), `/admin/innspill/${state.data.id}`));
    return state;
  };

const mark = back(serverAction(markDuplicateCommand, refresh));
export async function markDuplicateAction(prev: Parameters<typeof mark>[0], fd: FormData) {
  return mark(prev, fd);
}

const unmark = back(serverAction(unmarkDuplicateCommand, refresh));
export async function unmarkDuplicateAction(prev: Parameters<typeof unmark>[0], fd: FormData) {
  return unmark(prev, fd);
}
