// Moves a field one step up or down: ordering with plain buttons, so it works by keyboard.
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { loadFormForChange } from "./load-form";

export async function moveField(tx: Tx, input: { processId: string; formId: string; fieldId: string; direction: "up" | "down" }) {
  const form = await loadFormForChange(tx, input.processId, input.formId);
  const fields = [...form.fields];
  const i = fields.findIndex((f) => f.id === input.fieldId);
  if (i < 0) throw new AppError("NOT_FOUND", "notFound");
  const j = input.direction === "up" ? i - 1 : i + 1;
  if (j >= 0 && j < fields.length) [fields[i], fields[j]] = [fields[j]!, fields[i]!];
  // The first long text is what the input's text column holds; once inputs exist, a swap
  // that changes which question that is would mix two questions' answers in one column.
  const firstText = (list: { id: string; type: string }[]) => list.find((f) => f.type === "LONG_TEXT")?.id;
  if (firstText(fields) !== firstText(form.fields) && (await tx.input.count({ where: { formId: form.id } })) > 0) {
    throw new AppError("CONFLICT", "formBuilder.textOrderLocked");
  }
  await renumber(tx, fields, form.fields);
  return { id: input.fieldId };
}

/** Positions 1..n in the given order, writing only the rows that changed. */
export async function renumber(tx: Tx, ordered: { id: string }[], current: { id: string; position: number }[]) {
  const before = new Map(current.map((f) => [f.id, f.position]));
  for (const [index, f] of ordered.entries()) {
    if (before.get(f.id) !== index + 1) await tx.formField.update({ where: { id: f.id }, data: { position: index + 1 } });
  }
}
