// Loads and locks a topic a command changes, so a rename, a merge and a delete of the same
// topic are applied one after the other; a missing topic is a clear refusal.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export type LockedTopic = { id: string; slug: string; name: string; mergedIntoId: string | null };

export async function lockTopic(tx: Tx, topicId: string, field = "topicId"): Promise<LockedTopic> {
  const rows = await tx.$queryRaw<{ id: string; slug: string; name: string; merged_into_id: string | null }[]>`
    SELECT id, slug, name, merged_into_id FROM tag WHERE id = ${topicId}::uuid FOR UPDATE`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "knowledgeTriage.topicNotFound", field);
  return { id: row.id, slug: row.slug, name: row.name, mergedIntoId: row.merged_into_id };
}

/** Like lockTopic, but a topic merged into another is refused (it is no longer a choice). */
export async function lockActiveTopic(tx: Tx, topicId: string, field = "topicId"): Promise<LockedTopic> {
  const topic = await lockTopic(tx, topicId, field);
  if (topic.mergedIntoId) throw new AppError("CONFLICT", "knowledgeTriage.topicMerged", field, { name: topic.name });
  return topic;
}
