// Merge topic A into B: every input tagged A becomes tagged B (an input tagged both keeps its
// B tag and source), A is marked merged_into B and leaves the choices; A's slug resolves to B.
// Topics merged into A earlier now point at B directly, so resolution is one step.
import type { Tx } from "@/lib/db";
import { lockActiveTopic } from "./lock-topic";
import type { MergeTopics } from "./schemas";

export async function mergeTopics(tx: Tx, input: MergeTopics) {
  // Lock in id order so two opposite merges at the same moment cannot deadlock.
  const [first, second] = [input.topicId, input.intoId].sort();
  const locked = [
    await lockActiveTopic(tx, first!, first === input.topicId ? "topicId" : "intoId"),
    await lockActiveTopic(tx, second!, second === input.topicId ? "topicId" : "intoId"),
  ];
  const from = locked.find((t) => t.id === input.topicId)!;
  const into = locked.find((t) => t.id === input.intoId)!;
  const moved = await tx.$executeRaw`
    INSERT INTO input_tag (input_id, tag_id, source, set_by_id, created_at)
    SELECT input_id, ${into.id}::uuid, source, set_by_id, created_at FROM input_tag WHERE tag_id = ${from.id}::uuid
    ON CONFLICT (input_id, tag_id) DO NOTHING`;
  const removed = await tx.$executeRaw`DELETE FROM input_tag WHERE tag_id = ${from.id}::uuid`;
  await tx.$executeRaw`UPDATE tag SET merged_into_id = ${into.id}::uuid WHERE merged_into_id = ${from.id}::uuid OR id = ${from.id}::uuid`;
  return { id: from.id, from: from.name, into: into.name, intoId: into.id, inputs: removed, added: moved };
}
