// The live count per theme, in SQL at request time: inputs of the process that match the
// theme's topic and/or insight category, hidden ones left out, a duplicate counted once with
// its original (COUNT DISTINCT over the original's id). A topic merged into another counts
// the inputs tagged with either.
import { db } from "@/lib/db";

export async function themeCounts(pageId: string): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ theme_id: string; n: number }[]>`
    SELECT th.id AS theme_id, COUNT(DISTINCT COALESCE(i.duplicate_of_id, i.id))::int AS n
      FROM heard_theme th
      JOIN heard_page p ON p.id = th.page_id
      LEFT JOIN tag t ON t.id = th.tag_id
      JOIN input i ON i.process_id = p.process_id AND NOT i.is_hidden
       AND (th.category IS NULL OR i.category = th.category)
       AND (th.tag_id IS NULL OR EXISTS (
             SELECT 1 FROM input_tag it WHERE it.input_id = i.id AND it.tag_id IN (th.tag_id, t.merged_into_id)))
     WHERE th.page_id = ${pageId}::uuid AND (th.tag_id IS NOT NULL OR th.category IS NOT NULL)
     GROUP BY th.id`;
  return new Map(rows.map((r) => [r.theme_id, r.n]));
}

/** Whether a theme has anything to count (neither topic nor category = no count shown). */
export const isCounted = (theme: { tagId: string | null; category: string | null }) => theme.tagId !== null || theme.category !== null;
