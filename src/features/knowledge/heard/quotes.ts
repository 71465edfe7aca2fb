// Quotes of "Dette har vi hørt": the text comes from publicText() at request time, so a quote
// whose input was hidden, held or flagged after it was chosen simply disappears.
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { publicText } from "../moderation/public-text";

export const quotableSelect = {
  id: true,
  text: true,
  redactedText: true,
  flags: true,
  heldForReview: true,
  isHidden: true,
  language: true,
} satisfies Prisma.InputSelect;

/**
 * A first cut in SQL of what publicText() can return (neither hidden nor held; redacted, or not
 * flagged) so candidate lists page over plausible rows; publicText() has the final word per row.
 * Keep in step with moderation/public-text.ts.
 */
export const maybeQuotable: Prisma.InputWhereInput = {
  isHidden: false,
  heldForReview: false,
  OR: [{ AND: [{ redactedText: { not: null } }, { NOT: { redactedText: "" } }] }, { flags: { isEmpty: true } }],
};

/** `language` is the input's (input.language), for lang/dir where it is shown. */
export type Quote = { inputId: string; text: string; language: string };

/** The chosen quotes of the given themes that may be shown now, per theme in their order. One query. */
export async function publicQuotes(themeIds: string[]): Promise<Map<string, Quote[]>> {
  const byTheme = new Map<string, Quote[]>();
  if (themeIds.length === 0) return byTheme;
  const rows = await db.heardQuote.findMany({
    where: { themeId: { in: themeIds } },
    orderBy: [{ position: "asc" }, { inputId: "asc" }],
    select: { themeId: true, inputId: true, input: { select: quotableSelect } },
  });
  for (const r of rows) {
    const text = publicText(r.input);
    if (text === null) continue;
    byTheme.set(r.themeId, [...(byTheme.get(r.themeId) ?? []), { inputId: r.inputId, text, language: r.input.language }]);
  }
  return byTheme;
}
