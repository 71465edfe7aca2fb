// Loads a form for a change by the builder: it must belong to the process, and the process
// must not be archived (archived processes are read-only).
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

export async function loadFormForChange(tx: Tx, processId: string, formId: string) {
  await assertProcessEditable(tx, processId);
  // Lock the form row so two admins editing fields at once cannot interleave positions.
  await tx.$queryRaw`SELECT id FROM form WHERE id = ${formId}::uuid FOR UPDATE`;
  const form = await tx.form.findFirst({
    where: { id: formId, processId },
    select: {
      id: true,
      slug: true,
      isPublished: true,
      phase: { select: { kind: true } },
      fields: { orderBy: { position: "asc" }, select: { id: true, key: true, type: true, required: true, position: true, texts: true, ageBands: true } },
    },
  });
  if (!form) throw new AppError("NOT_FOUND", "notFound");
  return form;
}
