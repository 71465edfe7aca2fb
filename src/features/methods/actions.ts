"use server";

// Toolbox actions: thin adapters from forms to the gate. After a change the user lands where
// they can see its result: the list after adding or deleting, the method after saving.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { createMethodCommand, deleteMethodCommand, updateMethodCommand } from "./commands";

const LIST = "/admin/verktoybank";

const create = serverAction(createMethodCommand, { revalidate: [LIST], redirect: (r) => `${LIST}?lagt-til=${r.id}` });
const update = serverAction(updateMethodCommand, { revalidate: (r) => [LIST, `${LIST}/${r.id}`], redirect: (r) => `${LIST}/${r.id}?lagret=1` });
const remove = serverAction(deleteMethodCommand, { revalidate: [LIST], redirect: () => `${LIST}?slettet=1` });

export async function createMethodAction(prev: ActionState<{ id: string; name: string; slug: string }>, formData: FormData) {
  return create(prev, formData);
}

export async function updateMethodAction(prev: ActionState<{ id: string; name: string; changed: string[] }>, formData: FormData) {
  return update(prev, formData);
}

export async function deleteMethodAction(prev: ActionState<{ id: string; name: string }>, formData: FormData) {
  return remove(prev, formData);
}
