// zod schemas for the topic taxonomy commands, shared by the forms, the gate and the services.
import { z } from "zod";

export const MAX_TOPIC_NAME = 80;
export const MAX_TOPIC_DESCRIPTION = 500;

const topicId = z.string({ error: "validation.required" }).uuid("knowledgeTriage.validation.topicMissing");
const name = z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(MAX_TOPIC_NAME, "validation.tooLong");
const description = z.string().trim().max(MAX_TOPIC_DESCRIPTION, "validation.tooLong").optional().default("");

export const createTopicSchema = z.object({ name, description });
export type CreateTopic = z.infer<typeof createTopicSchema>;

/** Rename and describe in one; the slug stays, so links and filters keep working. */
export const updateTopicSchema = z.object({ topicId, name, description });
export type UpdateTopic = z.infer<typeof updateTopicSchema>;

export const mergeTopicsSchema = z
  .object({ topicId, intoId: z.string({ error: "knowledgeTriage.validation.chooseTarget" }).uuid("knowledgeTriage.validation.chooseTarget") })
  .refine((v) => v.topicId !== v.intoId, { path: ["intoId"], message: "knowledgeTriage.validation.mergeSelf" });
export type MergeTopics = z.infer<typeof mergeTopicsSchema>;

export const deleteTopicSchema = z.object({ topicId });
export type DeleteTopic = z.infer<typeof deleteTopicSchema>;
