// Adds or renames a district. Names are unique whatever the case; the slug stays on rename so
// links and imports keep working; a new district goes last.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/slug";
import type { DistrictInput } from "./schemas";

export async function saveDistrict(tx: Tx, input: DistrictInput): Promise<{ id: string; name: string; created: boolean }> {
  const clash = await tx.district.findFirst({
    where: { name: { equals: input.name, mode: "insensitive" }, ...(input.districtId ? { id: { not: input.districtId } } : {}) },
    select: { id: true },
  });
  if (clash) throw new AppError("CONFLICT", "formBuilder.districtNameTaken", "name");
  if (input.districtId) {
    const found = await tx.district.findUnique({ where: { id: input.districtId }, select: { id: true } });
    if (!found) throw new AppError("NOT_FOUND", "notFound");
    await tx.district.update({ where: { id: found.id }, data: { name: input.name } });
    return { id: found.id, name: input.name, created: false };
  }
  const base = slugify(input.name) || "bydel";
  const taken = await tx.district.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  const last = await tx.district.aggregate({ _max: { position: true } });
  const created = await tx.district.create({
    data: {
      name: input.name,
      slug: firstFreeSlug(
        base,
        taken.map((d) => d.slug),
      ),
      position: (last._max.position ?? 0) + 1,
    },
    select: { id: true },
  });
  return { id: created.id, name: input.name, created: true };
}
