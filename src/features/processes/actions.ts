"use server";
// Process-design actions: thin wrappers over the gate; they revalidate and move the user on.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { ProcessStatus } from "@/generated/prisma/enums";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

type S<R> = ActionState<R>;
const base = (id: string) => `/admin/prosesser/${id}`;
const refresh = (processId: string) => {
  revalidatePath(base(processId), "layout");
  revalidatePath("/", "layout");
};

const createHandler = serverAction(c.createProcessCommand, (r) => redirect(`${base(r.id)}/rammer?ny=1`));
export async function createProcessAction(prev: S<{ id: string; slug: string }>, fd: FormData) {
  return createHandler(prev, fd);
}

const updateHandler = serverAction(c.updateProcessCommand, (r) => refresh(r.id));
export async function updateProcessAction(prev: S<{ id: string; slug: string }>, fd: FormData) {
  return updateHandler(prev, fd);
}

const statusHandler = serverAction(c.changeProcessStatusCommand, (r) => refresh(r.id));
export async function changeProcessStatusAction(prev: S<{ id: string; status: ProcessStatus }>, fd: FormData) {
  return statusHandler(prev, fd);
}

const copyHandler = serverAction(c.copyProcessCommand, (r) => redirect(`${base(r.id)}?kopiert=1`));
export async function copyProcessAction(prev: S<{ id: string; slug: string }>, fd: FormData) {
  return copyHandler(prev, fd);
}

const phaseHandler = serverAction(c.savePhaseCommand, () => undefined);
export async function savePhaseAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await phaseHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${base(processId)}/faser?lagret=1`);
  }
  return state;
}

const deletePhaseHandler = serverAction(c.deletePhaseCommand, () => undefined);
export async function deletePhaseAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await deletePhaseHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${base(processId)}/faser?slettet=1`);
  }
  return state;
}

const moveHandler = serverAction(c.movePhaseCommand, () => undefined);
export async function movePhaseAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await moveHandler(prev, fd);
  if (state.status === "success") refresh(String(fd.get("processId")));
  return state;
}

const milestoneHandler = serverAction(c.saveMilestoneCommand, () => undefined);
export async function saveMilestoneAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await milestoneHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${base(processId)}/fremdrift?lagret=1`);
  }
  return state;
}

const deleteMilestoneHandler = serverAction(c.deleteMilestoneCommand, () => undefined);
export async function deleteMilestoneAction(prev: S<{ id: string }>, fd: FormData) {
  const state = await deleteMilestoneHandler(prev, fd);
  if (state.status === "success") {
    const processId = String(fd.get("processId"));
    refresh(processId);
    redirect(`${base(processId)}/fremdrift?slettet=1`);
  }
  return state;
}
