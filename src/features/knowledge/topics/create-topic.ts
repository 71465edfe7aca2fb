// A new topic in the taxonomy; its slug comes from the name (first free one) and never changes.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/slug";
import type { CreateTopic } from "./schemas";

export async function createTopic(tx: Tx, input: CreateTopic) {
  await assertNameFree(tx, input.name);
  const base = slugify(input.name) || "emne";
  const taken = await tx.tag.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const slug = firstFreeSlug(
    base,
    taken.map((t) => t.slug),
  );
  return tx.tag.create({ data: { slug, name: input.name, description: input.description }, select: { id: true, slug: true, name: true } });
}

/** Names are unique case-insensitively (two "Bolig" topics would split the tagging). */
export async function assertNameFree(tx: Tx, name: string, exceptId?: string) {
  const clash = await tx.tag.findFirst({
    where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "knowledgeTriage.topicNameTaken", "name", { name });
}
