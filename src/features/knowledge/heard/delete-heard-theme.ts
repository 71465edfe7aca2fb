import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editableTheme } from "./page-guard";
import type { ThemeRef } from "./schemas";

/**
 * Deletes a theme and its quote choices (never the inputs). A published page keeps at least
 * one theme with a summary: unpublish first to remove the last one.
 */
export async function deleteHeardTheme(tx: Tx, input: ThemeRef) {
  const theme = await editableTheme(tx, input.processId, input.themeId);
  const page = await tx.heardPage.findUniqueOrThrow({ where: { id: theme.pageId }, select: { publishedAt: true } });
  if (page.publishedAt) {
    const others = await tx.heardTheme.count({ where: { pageId: theme.pageId, id: { not: theme.id }, summary: { not: "" } } });
    if (others === 0) throw new AppError("CONFLICT", "heard.lastPublishedTheme");
  }
  await tx.heardTheme.delete({ where: { id: theme.id } });
  return { id: theme.id, processId: input.processId };
}
