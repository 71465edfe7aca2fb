// Moves a district one step in the list citizens choose from (buttons: works by keyboard).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function moveDistrict(tx: Tx, input: { districtId: string; direction: "up" | "down" }) {
  // One list for the whole municipality: lock it so two moves at once cannot interleave.
  await tx.$queryRaw`SELECT id FROM district ORDER BY id FOR UPDATE`;
  const districts = await tx.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, position: true } });
  const i = districts.findIndex((d) => d.id === input.districtId);
  if (i < 0) throw new AppError("NOT_FOUND", "notFound");
  const ordered = [...districts];
  const j = input.direction === "up" ? i - 1 : i + 1;
  if (j >= 0 && j < ordered.length) [ordered[i], ordered[j]] = [ordered[j]!, ordered[i]!];
  for (const [index, d] of ordered.entries()) {
    if (d.position !== index + 1) await tx.district.update({ where: { id: d.id }, data: { position: index + 1 } });
  }
  return { id: input.districtId };
}
