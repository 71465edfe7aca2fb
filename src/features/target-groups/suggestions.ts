// Target groups the municipality's other processes use, offered to a process as a starting
// point. Not a fixed list: DEMRE's groups (from its slides) suit DEMRE, and a new, unrelated
// process should see where each suggestion comes from and choose, not be handed DEMRE's list
// as if it were general advice. A name the process already has is not offered again.
import type { Difficulty, Importance } from "@/generated/prisma/enums";
import { db } from "@/lib/db";

export type TargetGroupSuggestion = {
  /** The other process's target group this one is copied from. */
  id: string;
  name: string;
  description: string;
  importance: Importance;
  difficulty: Difficulty;
  /** Titles of the processes that use a group of this name, most recently changed first. */
  usedIn: string[];
};

/** How many groups of other processes are read: enough for years of processes, bounded. */
const LIMIT = 500;

/** Names compare without regard to case or surrounding space ("Eldre" = " eldre "). */
export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase("nb") === b.trim().toLocaleLowerCase("nb");

/**
 * The other processes' groups this process does not have yet, one per name: the placement and
 * description of the most recently changed process that uses it, and the names of all that do.
 * Groups most processes use come first.
 */
export async function openSuggestions(processId: string, existingNames: readonly string[]): Promise<TargetGroupSuggestion[]> {
  const rows = await db.targetGroup.findMany({
    where: { processId: { not: processId } },
    select: { id: true, name: true, description: true, importance: true, difficulty: true, process: { select: { title: true } } },
    orderBy: [{ process: { updatedAt: "desc" } }, { position: "asc" }],
    take: LIMIT,
  });
  const byName = new Map<string, TargetGroupSuggestion>();
  for (const row of rows) {
    if (existingNames.some((n) => sameName(n, row.name))) continue;
    const key = row.name.trim().toLocaleLowerCase("nb");
    const seen = byName.get(key);
    if (seen) {
      if (!seen.usedIn.includes(row.process.title)) seen.usedIn.push(row.process.title);
      continue;
    }
    const { process, ...group } = row;
    byName.set(key, { ...group, usedIn: [process.title] });
  }
  return [...byName.values()].sort((a, b) => b.usedIn.length - a.usedIn.length || a.name.localeCompare(b.name, "nb"));
}
