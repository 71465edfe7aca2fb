import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { editablePage, editableTheme } from "./page-guard";
import type { SaveThemeInput } from "./schemas";

/** Creates a theme (last in the order) or updates one; the topic must exist and not be merged away. */
export async function saveHeardTheme(tx: Tx, input: SaveThemeInput) {
  const { processId, themeId, tagId, ...texts } = input;
  if (tagId) {
    const tag = await tx.tag.findUnique({ where: { id: tagId }, select: { mergedIntoId: true } });
    if (!tag || tag.mergedIntoId) throw new AppError("NOT_FOUND", "heard.topicNotFound", "tagId");
  }
  const data = { ...texts, tagId };
  if (themeId) {
    await editableTheme(tx, processId, themeId);
    await tx.heardTheme.update({ where: { id: themeId }, data });
    return { id: themeId, processId, created: false };
  }
  const page = await editablePage(tx, processId);
  const last = await tx.heardTheme.aggregate({ where: { pageId: page.id }, _max: { position: true } });
  const created = await tx.heardTheme.create({ data: { ...data, pageId: page.id, position: (last._max.position ?? 0) + 1 }, select: { id: true } });
  return { id: created.id, processId, created: true };
}
