import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import type { CreateProcessInput } from "./schemas";

/** A new DRAFT process; the slug comes from the title unless given, and must be unique. */
export async function createProcess(tx: Tx, actorId: string, input: CreateProcessInput) {
  const slug = input.slug || (await freeSlug(tx, slugify(input.title) || "prosess"));
  if (input.slug && (await tx.process.findUnique({ where: { slug }, select: { id: true } }))) {
    throw new AppError("CONFLICT", "process.slugTaken", "slug");
  }
  return tx.process.create({
    data: { title: input.title, slug, summary: input.summary, createdById: actorId },
    select: { id: true, slug: true },
  });
}

/** `base`, or `base-2`, `base-3`… whichever is free. */
export async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.process.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((p) => p.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
