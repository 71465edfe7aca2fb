"use server";

// Server actions of the topics page; each redirects back with a status message (works without JS).
import { serverAction } from "@/lib/server-action";
import { createTopicCommand, deleteTopicCommand, mergeTopicsCommand, updateTopicCommand } from "./commands";
import { TOPICS_PATH } from "./paths";

const back = (notice: string) => ({ revalidate: [["/admin", "layout"] as const], redirect: () => `${TOPICS_PATH}?lagret=${notice}` });

export const createTopicAction = serverAction(createTopicCommand, back("opprettet"));
export const updateTopicAction = serverAction(updateTopicCommand, back("endret"));
export const mergeTopicsAction = serverAction(mergeTopicsCommand, back("slatt-sammen"));
export const deleteTopicAction = serverAction(deleteTopicCommand, back("slettet"));
