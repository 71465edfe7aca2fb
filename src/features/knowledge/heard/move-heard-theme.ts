import type { Tx } from "@/lib/db";
import { editableTheme } from "./page-guard";
import type { MoveThemeInput } from "./schemas";

/** Swaps a theme with its neighbour (ordering by buttons, so it works by keyboard and without JS). */
export async function moveHeardTheme(tx: Tx, input: MoveThemeInput) {
  const theme = await editableTheme(tx, input.processId, input.themeId);
  const themes = await tx.heardTheme.findMany({ where: { pageId: theme.pageId }, orderBy: [{ position: "asc" }, { id: "asc" }], select: { id: true } });
  const i = themes.findIndex((t) => t.id === theme.id);
  const j = input.direction === "up" ? i - 1 : i + 1;
  if (j >= 0 && j < themes.length) {
    [themes[i], themes[j]] = [themes[j]!, themes[i]!];
    // Renumber 1..n so positions stay dense whatever happened before.
    for (const [index, t] of themes.entries()) await tx.heardTheme.update({ where: { id: t.id }, data: { position: index + 1 } });
  }
  return { id: theme.id, processId: input.processId };
}
