"use server";

// Form-builder actions: thin wrappers over the gate; they revalidate and move the user on.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

type S<R> = ActionState<R>;
const formPath = (processId: string, formId: string) => `/admin/prosesser/${processId}/skjema/${formId}`;
const refresh = (processId: string, slug?: string) => [[`/admin/prosesser/${processId}`, "layout"] as const, ...(slug ? [`/skjema/${slug}`] : [])];

const formHandler = serverAction(c.saveFormCommand, {
  revalidate: (r, i) => refresh(i.processId, r.slug),
  redirect: (r, i) => `${formPath(i.processId, r.id)}?${r.created ? "ny" : "lagret"}=1`,
});
export async function saveFormAction(prev: S<{ id: string; slug: string; created: boolean }>, fd: FormData) {
  return formHandler(prev, fd);
}

const fieldHandler = serverAction(c.saveFormFieldCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (r, i) => `${formPath(i.processId, i.formId)}?${r.created ? "feltLagtTil" : "feltLagret"}=${r.id}`,
});
export async function saveFieldAction(prev: S<{ id: string; key: string; created: boolean }>, fd: FormData) {
  return fieldHandler(prev, fd);
}

const moveHandler = serverAction(c.moveFormFieldCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (r, i) => `${formPath(i.processId, i.formId)}?flyttet=${r.id}`,
});
export async function moveFieldAction(prev: S<{ id: string }>, fd: FormData) {
  return moveHandler(prev, fd);
}

const deleteHandler = serverAction(c.deleteFormFieldCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (_r, i) => `${formPath(i.processId, i.formId)}?feltSlettet=1`,
});
export async function deleteFieldAction(prev: S<{ id: string; key: string }>, fd: FormData) {
  return deleteHandler(prev, fd);
}
