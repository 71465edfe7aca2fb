"use server";
// Server actions of the topics page; each redirects back with a status message (works without JS).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { TOPICS_PATH } from "./paths";
import { createTopicCommand, deleteTopicCommand, mergeTopicsCommand, updateTopicCommand } from "./commands";

const refresh = () => revalidatePath("/admin", "layout");
const back =
  <R>(handler: (p: ActionState<R>, fd: FormData) => Promise<ActionState<R>>, notice: string) =>
  async (prev: ActionState<R>, fd: FormData) => {
    const state = await handler(prev, fd);
    if (state.status === "success") redirect(`${TOPICS_PATH}?lagret=${notice}`);
    return state;
  };

const create = back(serverAction(createTopicCommand, refresh), "opprettet");
export async function createTopicAction(prev: Parameters<typeof create>[0], fd: FormData) {
  return create(prev, fd);
}
const update = back(serverAction(updateTopicCommand, refresh), "endret");
export async function updateTopicAction(prev: Parameters<typeof update>[0], fd: FormData) {
  return update(prev, fd);
}
const merge = back(serverAction(mergeTopicsCommand, refresh), "slatt-sammen");
export async function mergeTopicsAction(prev: Parameters<typeof merge>[0], fd: FormData) {
  return merge(prev, fd);
}
const remove = back(serverAction(deleteTopicCommand, refresh), "slettet");
export async function deleteTopicAction(prev: Parameters<typeof remove>[0], fd: FormData) {
  return remove(prev, fd);
}
