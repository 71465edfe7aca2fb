"use server";

import { serverAction } from "@/lib/server-action";
import { createMethodCommand, deleteMethodCommand, updateMethodCommand } from "./commands";

const LIST = "/admin/verktoybank";

export const createMethodAction = serverAction(createMethodCommand, { revalidate: [LIST], redirect: (r) => `${LIST}?lagt-til=${r.id}` });
export const updateMethodAction = serverAction(updateMethodCommand, {
  revalidate: (r) => [LIST, `${LIST}/${r.id}`],
  redirect: (r) => `${LIST}/${r.id}?lagret=1`,
});
export const deleteMethodAction = serverAction(deleteMethodCommand, { revalidate: [LIST], redirect: () => `${LIST}?slettet=1` });
