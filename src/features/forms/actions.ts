"use server";
// Form-builder actions: thin wrappers over the gate; they revalidate and move the user on.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

type S<R> = ActionState<R>;
const formPath = (processId: string, formId: string) => `/admin/prosesser/${processId}/skjema/${formId}`;
const refresh = (processId: string, slug?: string) => {
  revalidatePath(`/admin/prosesser/${processId}`, "layout");
  if (slug) revalidatePath(`/skjema/${slug}`);
};

const formHandler = serverAction(c.saveFormCommand);
export async function saveFormAction(prev: S<{ id: string; slug: string; created: boolean }>, fd: FormData) {
  const state = await formHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId, state.data.slug);
    redirect(`${formPath(processId, state.data.id)}?${state.data.created ? "ny" : "lagret"}=1`);
  }
  return state;
}

const fieldHandler = serverAction(c.saveFormFieldCommand);
export async function saveFieldAction(prev: S<{ id: string; key: string; created: boolean }>, fd: FormData) {
  const state = await fieldHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${formPath(processId, String(fd.get("formId")))}?${state.data.created ? "feltLagtTil" : "feltLagret"}=${state.data.id}`);
  }
  return state;
}

const moveHandler = serverAction(c.moveFormFieldCommand);
export async function moveFieldAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await moveHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${formPath(processId, String(fd.get("formId")))}?flyttet=${state.data.id}`);
  }
  return state;
}

const deleteHandler = serverAction(c.deleteFormFieldCommand);
export async function deleteFieldAction(prev: S<{ id: string; key: string }>, fd: FormData) {
  const state = await deleteHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${formPath(processId, String(fd.get("formId")))}?feltSlettet=1`);
  }
  return state;
}
