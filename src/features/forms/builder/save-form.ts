// Creates or updates a form's settings: texts per language, languages offered, phase or
// activity, opening window, its public address (slug) and whether it is published.
import { categoriesFor } from "@/features/forms/answer-schema";
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { firstFreeSlug, slugify } from "@/lib/slug";
import { countFieldAnswers } from "./field-answers";
import { loadFormForChange } from "./load-form";
import type { SaveFormInput } from "./schemas";

export async function saveForm(tx: Tx, input: SaveFormInput): Promise<{ id: string; slug: string; created: boolean }> {
  await assertProcessEditable(tx, input.processId);
  const existing = input.formId ? await loadFormForChange(tx, input.processId, input.formId) : null;

  const phase = input.phaseId ? await tx.phase.findFirst({ where: { id: input.phaseId, processId: input.processId }, select: { kind: true } }) : null;
  if (input.phaseId && !phase) throw new AppError("INVALID", "formBuilder.phaseNotInProcess", "phaseId");
  if (input.activityId && !(await tx.activity.findFirst({ where: { id: input.activityId, processId: input.processId }, select: { id: true } }))) {
    throw new AppError("INVALID", "formBuilder.activityNotInProcess", "activityId");
  }

  if (input.isPublished && (existing?.fields.length ?? 0) === 0) throw new AppError("CONFLICT", "formBuilder.publishWithoutFields", "isPublished");

  // Moving between an idea phase and another kind changes the category choices; answers
  // already given would then name categories the form no longer offers.
  const categoryField = existing?.fields.find((f) => f.type === "INSIGHT_CATEGORY");
  if (existing && categoryField && categoriesFor(existing.phase?.kind ?? null) !== categoriesFor(phase?.kind ?? null)) {
    const count = await countFieldAnswers(tx, existing.id, categoryField, existing.fields);
    if (count > 0) throw new AppError("CONFLICT", "formBuilder.categoriesLocked", "phaseId", { count });
  }

  const slug = await chooseSlug(tx, input, existing);
  const data = {
    texts: input.texts,
    languages: input.languages,
    phaseId: input.phaseId,
    activityId: input.activityId,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    slug,
    isPublished: input.isPublished,
    citizenSignIn: input.citizenSignIn,
  };
  if (existing) {
    await tx.form.update({ where: { id: existing.id }, data });
    return { id: existing.id, slug, created: false };
  }
  const created = await tx.form.create({ data: { ...data, processId: input.processId }, select: { id: true } });
  return { id: created.id, slug, created: true };
}

/** The typed slug if free; none typed → the current one, or a free one made from the title. */
async function chooseSlug(tx: Tx, input: SaveFormInput, existing: { id: string; slug: string } | null) {
  if (input.slug) {
    const taken = await tx.form.findFirst({ where: { slug: input.slug, ...(existing ? { id: { not: existing.id } } : {}) }, select: { id: true } });
    if (taken) throw new AppError("CONFLICT", "formBuilder.slugTaken", "slug");
    return input.slug;
  }
  if (existing) return existing.slug;
  const base = slugify(input.titleNb, 60) || "skjema";
  const taken = await tx.form.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(
    base,
    taken.map((f) => f.slug),
  );
}
