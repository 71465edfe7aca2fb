"use server";

// Form actions for duplicates: back to the page the list was shown on (`returnTo`, checked
// to be a local path).
import { z } from "zod";
import { markDuplicateCommand, unmarkDuplicateCommand } from "@/features/knowledge/moderation/commands";
import { returnPath, serverAction } from "@/lib/server-action";

const back = {
  context: z.object({ returnTo: returnPath() }),
  revalidate: [["/", "layout"]] as const,
  redirect: (r: { id: string }, i: { returnTo: string | null }) => i.returnTo ?? `/admin/innspill/${r.id}`,
};

export const markDuplicateAction = serverAction(markDuplicateCommand, back);

export const unmarkDuplicateAction = serverAction(unmarkDuplicateCommand, back);
