// Shared by the heard services: the page of an editable process (created on first save),
// and a theme that really belongs to that process's page.
import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** The process's heard page, created empty the first time anything is saved. Archived = read-only. */
export async function editablePage(tx: Tx, processId: string) {
  await assertProcessEditable(tx, processId);
  return tx.heardPage.upsert({
    where: { processId },
    create: { processId },
    update: {},
    select: { id: true, processId: true, publishedAt: true },
  });
}

/** A theme of the process's page, or errors.heard.themeNotFound (ids from another process are refused). */
export async function editableTheme(tx: Tx, processId: string, themeId: string) {
  await assertProcessEditable(tx, processId);
  const theme = await tx.heardTheme.findFirst({
    where: { id: themeId, page: { processId } },
    select: { id: true, pageId: true, tagId: true, category: true },
  });
  if (!theme) throw new AppError("NOT_FOUND", "heard.themeNotFound");
  return theme;
}
