import { assertProcessEditable } from "@/features/processes/guards";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { AddSuggestedTargetGroupsInput } from "./schemas";
import { sameName } from "./suggestions";

export type AddSuggestedResult = { processId: string; added: { id: string; name: string }[]; skipped: string[] };

/**
 * Copies the chosen groups of other processes, with their placement, description and kind of
 * audience. A name the process already has (someone added it meanwhile, or typed it
 * themselves) is skipped, not refused, so the others still go in. Only groups of *other*
 * processes can be chosen: an id from this process or none at all is refused at the field.
 */
export async function addSuggestedTargetGroups(tx: Tx, input: AddSuggestedTargetGroupsInput): Promise<AddSuggestedResult> {
  await assertProcessEditable(tx, input.processId);
  const chosen = await tx.targetGroup.findMany({
    where: { id: { in: input.suggestions }, processId: { not: input.processId } },
    select: { name: true, description: true, importance: true, difficulty: true, audienceId: true },
  });
  if (chosen.length !== new Set(input.suggestions).size) throw new AppError("INVALID", "targetGroup.unknownSuggestion", "suggestions");
  const existing = await tx.targetGroup.findMany({ where: { processId: input.processId }, select: { name: true, position: true } });
  // Two chosen groups of the same name (from two processes) go in once.
  const fresh = chosen.filter((s, i) => !existing.some((g) => sameName(g.name, s.name)) && chosen.findIndex((o) => sameName(o.name, s.name)) === i);
  const skipped = chosen.filter((s) => existing.some((g) => sameName(g.name, s.name))).map((s) => s.name);
  if (fresh.length === 0) return { processId: input.processId, added: [], skipped };

  const start = Math.max(-1, ...existing.map((g) => g.position)) + 1;
  const added = await tx.targetGroup.createManyAndReturn({
    data: fresh.map((s, i) => ({ processId: input.processId, ...s, name: s.name.trim(), position: start + i })),
    select: { id: true, name: true },
  });
  return { processId: input.processId, added, skipped };
}
