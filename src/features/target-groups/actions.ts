"use server";

// Target-group actions: thin adapters from forms to the gate (commands.ts). Every page of the
// process is revalidated, so the matrix, the lists and the counts show the change at once.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import type { AddSuggestedResult } from "./add-suggested-target-groups";
import {
  addSuggestedTargetGroupsCommand,
  createTargetGroupCommand,
  deleteTargetGroupCommand,
  placeTargetGroupCommand,
  updateTargetGroupCommand,
} from "./commands";

const revalidate = ({ processId }: { processId: string }) => [[`/admin/prosesser/${processId}`, "layout"] as const];

const createHandler = serverAction(createTargetGroupCommand, { revalidate });
const updateHandler = serverAction(updateTargetGroupCommand, { revalidate });
const placeHandler = serverAction(placeTargetGroupCommand, { revalidate });
// Say how many went in: a suggestion someone added meanwhile is skipped, not an error.
const suggestionsHandler = serverAction(addSuggestedTargetGroupsCommand, {
  revalidate,
  message: (r) => ["targetGroups.suggestions.added", { count: r.added.length, skipped: r.skipped.length }],
});
// The group's own page is gone; back to the matrix, which says it was deleted.
const deleteHandler = serverAction(deleteTargetGroupCommand, { revalidate, redirect: ({ processId }) => `/admin/prosesser/${processId}/malgrupper?slettet=1` });

type CreateState = ActionState<Awaited<ReturnType<typeof createTargetGroupCommand.run>>>;
type UpdateState = ActionState<Awaited<ReturnType<typeof updateTargetGroupCommand.run>>>;
export type PlaceState = ActionState<Awaited<ReturnType<typeof placeTargetGroupCommand.run>>>;
type DeleteState = ActionState<Awaited<ReturnType<typeof deleteTargetGroupCommand.run>>>;

export async function createTargetGroupAction(prev: CreateState, formData: FormData): Promise<CreateState> {
  return createHandler(prev, formData);
}

export async function updateTargetGroupAction(prev: UpdateState, formData: FormData): Promise<UpdateState> {
  return updateHandler(prev, formData);
}

export async function placeTargetGroupAction(prev: PlaceState, formData: FormData): Promise<PlaceState> {
  return placeHandler(prev, formData);
}

export async function deleteTargetGroupAction(prev: DeleteState, formData: FormData): Promise<DeleteState> {
  return deleteHandler(prev, formData);
}

export async function addSuggestedTargetGroupsAction(prev: ActionState<AddSuggestedResult>, formData: FormData): Promise<ActionState<AddSuggestedResult>> {
  return suggestionsHandler(prev, formData);
}
