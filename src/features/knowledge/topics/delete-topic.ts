// Deleting is only for topics nobody used (a typo just created): a topic in use would take
// its tags with it, so the refusal points to merging instead.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockTopic } from "./lock-topic";
import type { DeleteTopic } from "./schemas";

export async function deleteTopic(tx: Tx, input: DeleteTopic) {
  const topic = await lockTopic(tx, input.topicId);
  const count = await tx.inputTag.count({ where: { tagId: topic.id } });
  if (count > 0) throw new AppError("CONFLICT", "knowledgeTriage.topicInUse", undefined, { name: topic.name, count });
  const mergedFrom = await tx.tag.count({ where: { mergedIntoId: topic.id } });
  if (mergedFrom > 0) throw new AppError("CONFLICT", "knowledgeTriage.topicHasMerged", undefined, { name: topic.name });
  await tx.tag.delete({ where: { id: topic.id } });
  return { id: topic.id, name: topic.name };
}
