// Rename and describe a topic. Tags point at the topic's id, so every tagged input keeps it;
// the slug stays, so saved links and filters keep working.
import type { Tx } from "@/lib/db";
import { assertNameFree } from "./create-topic";
import { lockTopic } from "./lock-topic";
import type { UpdateTopic } from "./schemas";

export async function updateTopic(tx: Tx, input: UpdateTopic) {
  const before = await lockTopic(tx, input.topicId);
  await assertNameFree(tx, input.name, before.id);
  await tx.tag.update({ where: { id: before.id }, data: { name: input.name, description: input.description } });
  return { id: before.id, was: before.name, name: input.name };
}
