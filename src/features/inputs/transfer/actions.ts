"use server";

// Form actions of the import pages. The preview action reads the uploaded File itself (the
// generic FormData adapter keeps only a file's name) and never echoes the file back.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { commitInputImportCommand, previewInputImportCommand } from "./commands";
import { type CommitResult } from "./commit-import";
import type { PreviewResult } from "./preview-import";

const previewHandler = serverAction(previewInputImportCommand, {
  files: { file: async (file) => ({ file: file && file.size > 0 ? await file.text() : "", fileName: (file?.name ?? "").slice(0, 200) }) },
  redirect: (r) => `/admin/innspill/import/${r.importId}`,
});
export async function previewImportAction(prev: ActionState<PreviewResult>, fd: FormData): Promise<ActionState<PreviewResult>> {
  return previewHandler(prev, fd);
}

const commitHandler = serverAction(commitInputImportCommand, {
  revalidate: [["/admin/innspill", "layout"]],
  redirect: (r) => `/admin/innspill/import/${r.importId}?importert=${r.count}`,
});
export async function commitImportAction(prev: ActionState<CommitResult>, fd: FormData): Promise<ActionState<CommitResult>> {
  return commitHandler(prev, fd);
}
