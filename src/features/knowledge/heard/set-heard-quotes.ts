import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { publicText } from "../moderation/public-text";
import { editableTheme } from "./page-guard";
import type { SetQuotesInput } from "./schemas";

/**
 * Sets a theme's quotes from the picker: of the candidates shown, the ticked ones are chosen;
 * choices made on other pages of candidates stay. Only inputs of this process whose public
 * text exists (publicText) can be chosen; the page checks again at every request.
 */
export async function setHeardQuotes(tx: Tx, input: SetQuotesInput) {
  const theme = await editableTheme(tx, input.processId, input.themeId);
  const ticked = [...new Set(input.quoteIds)];
  const shown = new Set([...input.shownIds, ...ticked]);
  if (ticked.length > 0) {
    const rows = await tx.input.findMany({
      where: { id: { in: ticked }, processId: input.processId },
      select: { id: true, text: true, redactedText: true, flags: true, heldForReview: true, isHidden: true },
    });
    const quotable = new Set(rows.filter((r) => publicText(r) !== null).map((r) => r.id));
    if (ticked.some((id) => !quotable.has(id))) throw new AppError("CONFLICT", "heard.notQuotable", "quoteIds");
  }
  const existing = await tx.heardQuote.findMany({
    where: { themeId: theme.id },
    orderBy: [{ position: "asc" }, { inputId: "asc" }],
    select: { inputId: true },
  });
  const keep = existing.map((q) => q.inputId).filter((id) => !shown.has(id) || ticked.includes(id));
  const added = ticked.filter((id) => !keep.includes(id));
  const next = [...keep, ...added];
  await tx.heardQuote.deleteMany({ where: { themeId: theme.id, inputId: { notIn: next } } });
  for (const [i, inputId] of next.entries()) {
    await tx.heardQuote.upsert({
      where: { themeId_inputId: { themeId: theme.id, inputId } },
      create: { themeId: theme.id, inputId, position: i + 1 },
      update: { position: i + 1 },
    });
  }
  return { id: theme.id, processId: input.processId, quotes: next.length };
}
