import type { Tx } from "@/lib/db";
import { firstFreeSlug } from "@/lib/slug";

/** The first free process slug of `base`, `base-2`, `base-3`… */
export async function freeProcessSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.process.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((p) => p.slug),
  );
}
