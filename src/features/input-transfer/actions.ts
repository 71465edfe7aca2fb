"use server";
// Form actions of the import pages. The preview action reads the uploaded File itself (the
// generic FormData adapter keeps only a file's name) and never echoes the file back.
import { revalidatePath } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { type ActionState, formDataToObject, runAction } from "@/lib/action";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { serverAction } from "@/lib/server-action";
import { getSessionUser } from "@/lib/session";
import { type CommitResult } from "./commit-import";
import { commitInputImportCommand, previewInputImportCommand } from "./commands";
import type { PreviewResult } from "./preview-import";

export async function previewImportAction(_prev: ActionState<PreviewResult>, fd: FormData): Promise<ActionState<PreviewResult>> {
  const upload = fd.get("file");
  fd.delete("file");
  const { input, values } = formDataToObject(fd);
  const file = upload instanceof File ? upload : null;
  input.file = file && file.size > 0 ? await file.text() : "";
  input.fileName = (file?.name ?? "").slice(0, 200);
  const [user, store] = await Promise.all([getSessionUser(), cookies()]);
  const state = await runAction(previewInputImportCommand, {
    userId: user?.id,
    mustChangePassword: user?.mustChangePassword,
    input,
    values,
    locale: toUiLocale(store.get(LOCALE_COOKIE)?.value),
  });
  if (state.status === "success") redirect(`/admin/innspill/import/${state.data.importId}`);
  return state;
}

const commitHandler = serverAction(commitInputImportCommand, () => revalidatePath("/admin/innspill", "layout"));
export async function commitImportAction(prev: ActionState<CommitResult>, fd: FormData): Promise<ActionState<CommitResult>> {
  const state = await commitHandler(prev, fd);
  if (state.status === "success") redirect(`/admin/innspill/import/${state.data.importId}?importert=${state.data.count}`);
  return state;
}
