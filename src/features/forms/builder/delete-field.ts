// Deletes a field that holds no answers; with answers it is refused (and says how many), so
// nothing citizens wrote is orphaned. The remaining fields keep contiguous positions.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { countFieldAnswers } from "./field-answers";
import { loadFormForChange } from "./load-form";
import { renumber } from "./move-field";

export async function deleteField(tx: Tx, input: { processId: string; formId: string; fieldId: string }) {
  const form = await loadFormForChange(tx, input.processId, input.formId);
  const field = form.fields.find((f) => f.id === input.fieldId);
  if (!field) throw new AppError("NOT_FOUND", "notFound");
  const count = await countFieldAnswers(tx, form.id, field, form.fields);
  if (count > 0) throw new AppError("CONFLICT", "formBuilder.fieldHasAnswers", undefined, { count });
  if (form.isPublished && form.fields.length === 1) throw new AppError("CONFLICT", "formBuilder.lastFieldPublished");
  await tx.formField.delete({ where: { id: field.id } });
  const rest = form.fields.filter((f) => f.id !== field.id);
  await renumber(tx, rest, rest);
  return { id: field.id, key: field.key };
}
