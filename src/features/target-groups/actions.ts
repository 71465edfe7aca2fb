"use server";

// Target-group actions: thin adapters from forms to the gate (commands.ts). Every page of the
// process is revalidated, so the matrix, the lists and the counts show the change at once.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import {
  addSuggestedTargetGroupsCommand,
  createTargetGroupCommand,
  deleteTargetGroupCommand,
  placeTargetGroupCommand,
  updateTargetGroupCommand,
} from "./commands";

const revalidate = ({ processId }: { processId: string }) => [[`/admin/prosesser/${processId}`, "layout"] as const];

export const createTargetGroupAction = serverAction(createTargetGroupCommand, { revalidate });
export const updateTargetGroupAction = serverAction(updateTargetGroupCommand, { revalidate });
export const placeTargetGroupAction = serverAction(placeTargetGroupCommand, { revalidate });
// Say how many went in: a suggestion someone added meanwhile is skipped, not an error.
export const addSuggestedTargetGroupsAction = serverAction(addSuggestedTargetGroupsCommand, {
  revalidate,
  message: (r) => ["targetGroups.suggestions.added", { count: r.added.length, skipped: r.skipped.length }],
});
// The group's own page is gone; back to the matrix, which says it was deleted.
export const deleteTargetGroupAction = serverAction(deleteTargetGroupCommand, {
  revalidate,
  redirect: ({ processId }) => `/admin/prosesser/${processId}/malgrupper?slettet=1`,
});
export type PlaceState = ActionState<Awaited<ReturnType<typeof placeTargetGroupCommand.run>>>;
