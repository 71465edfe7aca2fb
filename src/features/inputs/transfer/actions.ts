"use server";

import { serverAction } from "@/lib/server-action";
import { commitInputImportCommand, previewInputImportCommand } from "./commands";

export const previewImportAction = serverAction(previewInputImportCommand, {
  files: { file: async (file) => ({ file: file && file.size > 0 ? await file.text() : "", fileName: (file?.name ?? "").slice(0, 200) }) },
  redirect: (r) => `/admin/innspill/import/${r.importId}`,
});

export const commitImportAction = serverAction(commitInputImportCommand, {
  revalidate: [["/admin/innspill", "layout"]],
  redirect: (r) => `/admin/innspill/import/${r.importId}?importert=${r.count}`,
});
