"use server";

// Form actions for duplicates: back to the page the list was shown on (`returnTo`, checked
// to be a local path).
import { z } from "zod";
import { markDuplicateCommand, unmarkDuplicateCommand } from "@/features/knowledge/moderation/commands";
import { returnPath, serverAction, type StateOf } from "@/lib/server-action";

const back = {
  context: z.object({ returnTo: returnPath() }),
  revalidate: [["/", "layout"]] as const,
  redirect: (r: { id: string }, i: { returnTo: string | null }) => i.returnTo ?? `/admin/innspill/${r.id}`,
};

const mark = serverAction(markDuplicateCommand, back);
export async function markDuplicateAction(prev: StateOf<typeof mark>, fd: FormData) {
  return mark(prev, fd);
}

const unmark = serverAction(unmarkDuplicateCommand, back);
export async function unmarkDuplicateAction(prev: StateOf<typeof unmark>, fd: FormData) {
  return unmark(prev, fd);
}
