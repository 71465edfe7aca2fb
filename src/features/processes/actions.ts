"use server";

// Process-design actions: thin wrappers over the gate; they revalidate and move the user on.
import type { ProcessStatus } from "@/generated/prisma/enums";
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

type S<R> = ActionState<R>;
const base = (id: string) => `/admin/prosesser/${id}`;
const refresh = (processId: string) => [[base(processId), "layout"] as const, ["/", "layout"] as const];

const createHandler = serverAction(c.createProcessCommand, { redirect: (r) => `${base(r.id)}/rammer?ny=1` });
export async function createProcessAction(prev: S<{ id: string; slug: string }>, fd: FormData) {
  return createHandler(prev, fd);
}

const updateHandler = serverAction(c.updateProcessCommand, { revalidate: (r) => refresh(r.id) });
export async function updateProcessAction(prev: S<{ id: string; slug: string }>, fd: FormData) {
  return updateHandler(prev, fd);
}

const statusHandler = serverAction(c.changeProcessStatusCommand, { revalidate: (r) => refresh(r.id) });
export async function changeProcessStatusAction(prev: S<{ id: string; status: ProcessStatus }>, fd: FormData) {
  return statusHandler(prev, fd);
}

const copyHandler = serverAction(c.copyProcessCommand, { redirect: (r) => `${base(r.id)}?kopiert=1` });
export async function copyProcessAction(prev: S<{ id: string; slug: string }>, fd: FormData) {
  return copyHandler(prev, fd);
}

const phaseHandler = serverAction(c.savePhaseCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (_r, i) => `${base(i.processId)}/faser?lagret=1`,
});
export async function savePhaseAction(prev: S<{ id: string }>, fd: FormData) {
  return phaseHandler(prev, fd);
}

const deletePhaseHandler = serverAction(c.deletePhaseCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (_r, i) => `${base(i.processId)}/faser?slettet=1`,
});
export async function deletePhaseAction(prev: S<{ id: string }>, fd: FormData) {
  return deletePhaseHandler(prev, fd);
}

const moveHandler = serverAction(c.movePhaseCommand, { revalidate: (_r, i) => refresh(i.processId) });
export async function movePhaseAction(prev: S<{ id: string }>, fd: FormData) {
  return moveHandler(prev, fd);
}

const milestoneHandler = serverAction(c.saveMilestoneCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (_r, i) => `${base(i.processId)}/fremdrift?lagret=1`,
});
export async function saveMilestoneAction(prev: S<{ id: string }>, fd: FormData) {
  return milestoneHandler(prev, fd);
}

const deleteMilestoneHandler = serverAction(c.deleteMilestoneCommand, {
  revalidate: (_r, i) => refresh(i.processId),
  redirect: (_r, i) => `${base(i.processId)}/fremdrift?slettet=1`,
});
export async function deleteMilestoneAction(prev: S<{ id: string }>, fd: FormData) {
  return deleteMilestoneHandler(prev, fd);
}
