"use server";

// District-list actions: thin wrappers over the gate; they revalidate and move the user on.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

type S<R> = ActionState<R>;
const PAGE = "/admin/bydeler";
// Districts appear in public forms, activity forms and filters everywhere.
const revalidate = [["/", "layout"]] as const;

const saveHandler = serverAction(c.saveDistrictCommand, { revalidate, redirect: (r) => `${PAGE}?${r.created ? "lagtTil" : "lagret"}=${r.id}` });
export async function saveDistrictAction(prev: S<{ id: string; name: string; created: boolean }>, fd: FormData) {
  return saveHandler(prev, fd);
}

const moveHandler = serverAction(c.moveDistrictCommand, { revalidate, redirect: (r) => `${PAGE}?flyttet=${r.id}` });
export async function moveDistrictAction(prev: S<{ id: string }>, fd: FormData) {
  return moveHandler(prev, fd);
}

const deleteHandler = serverAction(c.deleteDistrictCommand, { revalidate, redirect: () => `${PAGE}?slettet=1` });
export async function deleteDistrictAction(prev: S<{ id: string; name: string }>, fd: FormData) {
  return deleteHandler(prev, fd);
}
