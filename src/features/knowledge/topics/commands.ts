// Gate definitions for the topic taxonomy (registered through TRIAGE_COMMANDS).
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { createTopic } from "./create-topic";
import { deleteTopic } from "./delete-topic";
import { mergeTopics } from "./merge-topics";
import { createTopicSchema, deleteTopicSchema, mergeTopicsSchema, updateTopicSchema } from "./schemas";
import { updateTopic } from "./update-topic";

const topic = rowCommands("topic.manage", "tag");

export const createTopicCommand = topic(createTopicSchema, createTopic, (r) => ({ name: r.name, slug: r.slug }));
export const updateTopicCommand = topic(updateTopicSchema, updateTopic, (r, input) => ({ was: r.was, name: r.name, description: input.description }));
export const mergeTopicsCommand = topic(mergeTopicsSchema, mergeTopics, (r) => ({ from: r.from, into: r.into, intoId: r.intoId, inputs: r.inputs }));
export const deleteTopicCommand = topic(deleteTopicSchema, deleteTopic, (r) => ({ deleted: r.name }));

export const TOPIC_COMMANDS: CommandRegistry = {
  createTopic: createTopicCommand,
  updateTopic: updateTopicCommand,
  mergeTopics: mergeTopicsCommand,
  deleteTopic: deleteTopicCommand,
};
