"use server";

// Process-design actions: each is its command plus what happens on success (lib/server-action.ts).
import { serverAction } from "@/lib/server-action";
import * as c from "./commands";

const base = (id: string) => `/admin/prosesser/${id}`;
const refresh = (processId: string) => [[base(processId), "layout"] as const, ["/", "layout"] as const];

export const createProcessAction = serverAction(c.createProcessCommand, { redirect: (r) => `${base(r.id)}/rammer?ny=1` });

export const updateProcessAction = serverAction(c.updateProcessCommand, { revalidate: (r) => refresh(r.id) });

export const changeProcessStatusAction = serverAction(c.changeProcessStatusCommand, { revalidate: (r) => refresh(r.id) });

export const copyProcessAction = serverAction(c.copyProcessCommand, { redirect: (r) => `${base(r.id)}?kopiert=1` });

// A phase or milestone change goes back to its list with a notice (works without JavaScript).
const backTo = (page: "faser" | "fremdrift", notice: "lagret" | "slettet") => ({
  revalidate: (_r: unknown, i: { processId: string }) => refresh(i.processId),
  redirect: (_r: unknown, i: { processId: string }) => `${base(i.processId)}/${page}?${notice}=1`,
});

export const savePhaseAction = serverAction(c.savePhaseCommand, backTo("faser", "lagret"));
export const deletePhaseAction = serverAction(c.deletePhaseCommand, backTo("faser", "slettet"));
export const movePhaseAction = serverAction(c.movePhaseCommand, { revalidate: (_r, i) => refresh(i.processId) });
export const saveMilestoneAction = serverAction(c.saveMilestoneCommand, backTo("fremdrift", "lagret"));
export const deleteMilestoneAction = serverAction(c.deleteMilestoneCommand, backTo("fremdrift", "slettet"));
