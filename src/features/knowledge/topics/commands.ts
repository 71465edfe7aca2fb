// Gate definitions for the topic taxonomy (registered through TRIAGE_COMMANDS).
import type { CommandRegistry, Def } from "@/lib/action";
import { createTopic } from "./create-topic";
import { deleteTopic } from "./delete-topic";
import { mergeTopics } from "./merge-topics";
import { createTopicSchema, deleteTopicSchema, mergeTopicsSchema, updateTopicSchema } from "./schemas";
import { updateTopic } from "./update-topic";

export const createTopicCommand = {
  permission: "topic.manage",
  schema: createTopicSchema,
  run: ({ tx, input }) => createTopic(tx, input),
  audit: (_input, r) => ({ entityType: "tag", entityId: r.id, details: { name: r.name, slug: r.slug } }),
} satisfies Def<typeof createTopicSchema, Awaited<ReturnType<typeof createTopic>>>;

export const updateTopicCommand = {
  permission: "topic.manage",
  schema: updateTopicSchema,
  run: ({ tx, input }) => updateTopic(tx, input),
  audit: (input, r) => ({ entityType: "tag", entityId: r.id, details: { was: r.was, name: r.name, description: input.description } }),
} satisfies Def<typeof updateTopicSchema, Awaited<ReturnType<typeof updateTopic>>>;

export const mergeTopicsCommand = {
  permission: "topic.manage",
  schema: mergeTopicsSchema,
  run: ({ tx, input }) => mergeTopics(tx, input),
  audit: (_input, r) => ({ entityType: "tag", entityId: r.id, details: { from: r.from, into: r.into, intoId: r.intoId, inputs: r.inputs } }),
} satisfies Def<typeof mergeTopicsSchema, Awaited<ReturnType<typeof mergeTopics>>>;

export const deleteTopicCommand = {
  permission: "topic.manage",
  schema: deleteTopicSchema,
  run: ({ tx, input }) => deleteTopic(tx, input),
  audit: (_input, r) => ({ entityType: "tag", entityId: r.id, details: { deleted: r.name } }),
} satisfies Def<typeof deleteTopicSchema, Awaited<ReturnType<typeof deleteTopic>>>;

export const TOPIC_COMMANDS: CommandRegistry = {
  createTopic: createTopicCommand,
  updateTopic: updateTopicCommand,
  mergeTopics: mergeTopicsCommand,
  deleteTopic: deleteTopicCommand,
};
