"use server";

// Server actions of the topics page; each redirects back with a status message (works without JS).
import { serverAction, type StateOf } from "@/lib/server-action";
import { createTopicCommand, deleteTopicCommand, mergeTopicsCommand, updateTopicCommand } from "./commands";
import { TOPICS_PATH } from "./paths";

const back = (notice: string) => ({ revalidate: [["/admin", "layout"] as const], redirect: () => `${TOPICS_PATH}?lagret=${notice}` });

const create = serverAction(createTopicCommand, back("opprettet"));
export async function createTopicAction(prev: StateOf<typeof create>, fd: FormData) {
  return create(prev, fd);
}
const update = serverAction(updateTopicCommand, back("endret"));
export async function updateTopicAction(prev: StateOf<typeof update>, fd: FormData) {
  return update(prev, fd);
}
const merge = serverAction(mergeTopicsCommand, back("slatt-sammen"));
export async function mergeTopicsAction(prev: StateOf<typeof merge>, fd: FormData) {
  return merge(prev, fd);
}
const remove = serverAction(deleteTopicCommand, back("slettet"));
export async function deleteTopicAction(prev: StateOf<typeof remove>, fd: FormData) {
  return remove(prev, fd);
}
