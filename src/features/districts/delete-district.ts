// Deletes a district nothing refers to; inputs and activities keep theirs, so a district in
// use is refused with the counts (rename it instead).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function deleteDistrict(tx: Tx, input: { districtId: string }) {
  const district = await tx.district.findUnique({
    where: { id: input.districtId },
    select: { id: true, name: true, _count: { select: { inputs: true, activities: true } } },
  });
  if (!district) throw new AppError("NOT_FOUND", "notFound");
  if (district._count.inputs + district._count.activities > 0) {
    throw new AppError("CONFLICT", "formBuilder.districtInUse", undefined, { inputs: district._count.inputs, activities: district._count.activities });
  }
  await tx.district.delete({ where: { id: district.id } });
  return { id: district.id, name: district.name };
}
