import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { freeProcessSlug } from "./free-process-slug";
import type { CreateProcessInput } from "./schemas";

/** A new DRAFT process; the slug comes from the title unless given, and must be unique. */
export async function createProcess(tx: Tx, actorId: string, input: CreateProcessInput) {
  const slug = input.slug || (await freeProcessSlug(tx, slugify(input.title) || "prosess"));
  if (input.slug && (await tx.process.findUnique({ where: { slug }, select: { id: true } }))) {
    throw new AppError("CONFLICT", "process.slugTaken", "slug");
  }
  return tx.process.create({
    data: { title: input.title, slug, summary: input.summary, createdById: actorId },
    select: { id: true, slug: true },
  });
}
