// Reads of the form builder (administration). The preview loads a form in exactly the shape
// the public page gets, published or not, so the admin sees what citizens will see.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { isUuid } from "@/lib/ids";
import { publicFormSelect, systemChoices, type PublicForm } from "../queries";

/** What names a form and says whether and when it takes input: the list and the builder both show it. */
const formHeaderSelect = { id: true, slug: true, texts: true, languages: true, isPublished: true, opensAt: true, closesAt: true } satisfies Prisma.FormSelect;

/** The process's forms with their input counts (counted in SQL). */
export function listProcessForms(processId: string) {
  return db.form.findMany({
    where: { processId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 200,
    select: {
      ...formHeaderSelect,
      phase: { select: { title: true } },
      activity: { select: { title: true } },
      _count: { select: { inputs: true, fields: true } },
    },
  });
}
export type ProcessFormRow = Awaited<ReturnType<typeof listProcessForms>>[number];

const builderSelect = {
  ...formHeaderSelect,
  citizenSignIn: true,
  phaseId: true,
  activityId: true,
  phase: { select: { id: true, title: true, kind: true } },
  fields: { orderBy: { position: "asc" }, select: { id: true, key: true, type: true, required: true, position: true, texts: true, ageBands: true } },
  _count: { select: { inputs: true } },
} satisfies Prisma.FormSelect;

/** One form of the process with its fields, for the builder page; null when not found. */
export async function getFormForBuilder(processId: string, formId: string) {
  if (!isUuid(formId)) return null;
  return db.form.findFirst({ where: { id: formId, processId }, select: builderSelect });
}
export type BuilderForm = NonNullable<Awaited<ReturnType<typeof getFormForBuilder>>>;

/** The activities a form can belong to (the process's own). */
export const listFormActivities = (processId: string) =>
  db.activity.findMany({ where: { processId }, orderBy: [{ startsAt: "asc" }, { id: "asc" }], take: 500, select: { id: true, title: true, startsAt: true } });

/** A form of the process, published or not, shaped as the public page expects. */
export async function getFormPreview(processId: string, formId: string): Promise<PublicForm | null> {
  if (!isUuid(formId)) return null;
  const form = await db.form.findFirst({ where: { id: formId, processId }, select: publicFormSelect });
  return form ? { ...form, ...(await systemChoices(form.process.id)) } : null;
}
