// Adds or edits one field of a form. The rules protect what citizens already sent: once a
// form has inputs it gets no new required fields (earlier inputs could never have answered
// them), and a field holding answers keeps its type and the options its answers point to.
// An age field's bands may change at any time: inputs store the ages of the band they chose.
import { Prisma } from "@/generated/prisma/client";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/slug";
import type { FieldTexts } from "../types";
import { countFieldAnswers } from "./field-answers";
import { loadFormForChange } from "./load-form";
import { SYSTEM_TYPES, type SaveFieldInput } from "./schemas";

/** Names the public form already uses for its own hidden fields. */
const RESERVED_KEYS = ["form", "sprak", "idempotencykey", "nettsted"];

export async function saveField(tx: Tx, input: SaveFieldInput): Promise<{ id: string; key: string; created: boolean }> {
  const form = await loadFormForChange(tx, input.processId, input.formId);
  const existing = input.fieldId ? form.fields.find((f) => f.id === input.fieldId) : undefined;
  if (input.fieldId && !existing) throw new AppError("NOT_FOUND", "notFound");

  if ((SYSTEM_TYPES as readonly string[]).includes(input.type) && form.fields.some((f) => f.type === input.type && f.id !== input.fieldId)) {
    throw new AppError("CONFLICT", "formBuilder.systemTypeTaken", "type");
  }

  const inputs = await tx.input.count({ where: { formId: form.id } });
  if (input.required && inputs > 0 && !existing) throw new AppError("CONFLICT", "formBuilder.requiredWithInputs", "required", { count: inputs });
  if (input.required && inputs > 0 && existing && !existing.required) {
    throw new AppError("CONFLICT", "formBuilder.requiredWithInputsEdit", "required", { count: inputs });
  }

  if (existing) {
    const optionsBefore = ((existing.texts as FieldTexts).nb?.options ?? []).length;
    const optionsAfter = input.texts.nb?.options?.length ?? 0;
    const typeChanged = existing.type !== input.type;
    // Choice answers are stored as the option's number; removing options would orphan them.
    if (typeChanged || optionsAfter < optionsBefore) {
      const count = await countFieldAnswers(tx, form.id, existing, form.fields);
      if (count > 0 && typeChanged) throw new AppError("CONFLICT", "formBuilder.typeLocked", "type", { count });
      if (count > 0) throw new AppError("CONFLICT", "formBuilder.optionsLocked", "optionsNb", { count, before: optionsBefore });
    }
    await tx.formField.update({
      where: { id: existing.id },
      data: { type: input.type, required: input.required, texts: input.texts, ageBands: input.ageBands ?? Prisma.DbNull },
    });
    return { id: existing.id, key: existing.key, created: false };
  }

  // Keys are made once from the label and never change: stored answers refer to them.
  const base = slugify(input.texts.nb?.label ?? "", 40) || "felt";
  const key = firstFreeSlug(base, [...RESERVED_KEYS, ...form.fields.map((f) => f.key)]);
  const created = await tx.formField.create({
    data: {
      formId: form.id,
      key,
      position: form.fields.length + 1,
      type: input.type,
      required: input.required,
      texts: input.texts,
      ageBands: input.ageBands ?? Prisma.DbNull,
    },
    select: { id: true },
  });
  return { id: created.id, key, created: true };
}
