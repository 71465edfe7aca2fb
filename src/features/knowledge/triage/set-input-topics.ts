// Replaces an input's topics with the checked ones: unchecked tags go, new ones come with
// source MANUAL and the actor, and a tag that stays keeps its source (an accepted suggestion
// stays SUGGESTION). Topics merged into another are not choices.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockInput } from "@/lib/lock-input";
import type { SetInputTopics } from "./schemas";

export async function setInputTopics(tx: Tx, input: SetInputTopics, actorId: string) {
  const before = await lockInput(tx, input.inputId, "knowledgeTriage.inputNotFound");
  const ids = [...new Set(input.topicIds)];
  const usable = ids.length ? await tx.tag.count({ where: { id: { in: ids }, mergedIntoId: null } }) : 0;
  if (usable !== ids.length) throw new AppError("CONFLICT", "knowledgeTriage.topicNotUsable", "topicIds");
  const removed = await tx.inputTag.deleteMany({ where: { inputId: before.id, tagId: { notIn: ids } } });
  const added = ids.length
    ? await tx.$executeRaw`
        INSERT INTO input_tag (input_id, tag_id, source, set_by_id)
        SELECT ${before.id}::uuid, t, 'MANUAL', ${actorId}::uuid FROM unnest(${ids}::uuid[]) AS t
        ON CONFLICT (input_id, tag_id) DO NOTHING`
    : 0;
  return { id: before.id, processId: before.processId, topicIds: ids, added, removed: removed.count };
}
