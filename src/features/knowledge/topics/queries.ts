// Reads of the topic taxonomy: the admin list with counts, the choices for tagging, and
// resolving a (possibly merged) slug for URLs and filters.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";

const topicSelect = { id: true, slug: true, name: true, description: true, mergedIntoId: true } satisfies Prisma.TagSelect;

/** Every topic with the number of inputs tagged with it (one groupBy), active ones first by name. */
export async function listTopicsWithCounts() {
  const [topics, counts] = await Promise.all([
    db.tag.findMany({ select: { ...topicSelect, mergedInto: { select: { name: true } } }, orderBy: { name: "asc" } }),
    db.inputTag.groupBy({ by: ["tagId"], _count: { _all: true } }),
  ]);
  const byId = new Map(counts.map((c) => [c.tagId, c._count._all]));
  const rows = topics.map((t) => ({ ...t, inputs: byId.get(t.id) ?? 0 }));
  return { active: rows.filter((t) => !t.mergedIntoId), merged: rows.filter((t) => t.mergedIntoId) };
}
export type TopicRow = Awaited<ReturnType<typeof listTopicsWithCounts>>["active"][number];

/** The topics one may tag with (merged ones are hidden), by name. */
export function topicChoices() {
  return db.tag.findMany({ where: { mergedIntoId: null }, select: { id: true, slug: true, name: true }, orderBy: { name: "asc" } });
}

/** A slug in a URL or filter → the topic it means now (a merged topic resolves to its target). */
export async function resolveTopicSlug(slug: string) {
  const topic = await db.tag.findUnique({ where: { slug }, select: { ...topicSelect, mergedInto: { select: topicSelect } } });
  if (!topic) return null;
  return topic.mergedInto ?? topic;
}
