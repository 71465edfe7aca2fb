import type { Tx } from "@/lib/db";
import { assertProcessEditable } from "@/features/processes/guards";
import type { AddSuggestedTargetGroupsInput } from "./schemas";
import { TARGET_GROUP_SUGGESTIONS, sameName } from "./suggestions";

export type AddSuggestedResult = { processId: string; added: { id: string; name: string }[]; skipped: string[] };

/**
 * Adds the chosen suggestions with their suggested placement. A suggestion whose name the
 * process already has (someone added it meanwhile, or typed it themselves) is skipped, not
 * refused, so the others still go in.
 */
export async function addSuggestedTargetGroups(tx: Tx, input: AddSuggestedTargetGroupsInput): Promise<AddSuggestedResult> {
  await assertProcessEditable(tx, input.processId);
  const chosen = TARGET_GROUP_SUGGESTIONS.filter((s) => input.suggestions.includes(s.key));
  const existing = await tx.targetGroup.findMany({ where: { processId: input.processId }, select: { name: true, position: true } });
  const fresh = chosen.filter((s) => !existing.some((g) => sameName(g.name, s.name)));
  const skipped = chosen.filter((s) => !fresh.includes(s)).map((s) => s.name);
  if (fresh.length === 0) return { processId: input.processId, added: [], skipped };

  const slugs = fresh.flatMap((s) => ("audienceSlug" in s ? [s.audienceSlug] : []));
  const audiences = await tx.audience.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
  const audienceBySlug = new Map(audiences.map((a) => [a.slug, a.id]));
  const start = Math.max(-1, ...existing.map((g) => g.position)) + 1;
  const added = await tx.targetGroup.createManyAndReturn({
    data: fresh.map((s, i) => ({
      processId: input.processId,
      name: s.name,
      description: s.description,
      importance: s.importance,
      difficulty: s.difficulty,
      position: start + i,
      audienceId: "audienceSlug" in s ? (audienceBySlug.get(s.audienceSlug) ?? null) : null,
    })),
    select: { id: true, name: true },
  });
  return { processId: input.processId, added, skipped };
}
