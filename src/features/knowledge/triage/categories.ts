// Which insight categories fit an input: the phase's kind decides (insight phase → what is
// good/exists/challenges/needs/hopes; idea phase → most important/possibilities/advice).
import { InputCategory, type PhaseKind } from "@/generated/prisma/enums";

export const INSIGHT_CATEGORIES = ["QUALITY", "EXISTING", "CHALLENGE", "NEED", "HOPE"] as const satisfies InputCategory[];
export const IDEA_CATEGORIES = ["MOST_IMPORTANT", "POSSIBILITY", "ADVICE"] as const satisfies InputCategory[];

/** The categories to offer; an input without a phase (or another kind) may take any. */
export function categoriesFor(kind: PhaseKind | null | undefined): InputCategory[] {
  if (kind === "INSIGHT") return [...INSIGHT_CATEGORIES];
  if (kind === "IDEAS") return [...IDEA_CATEGORIES];
  return Object.values(InputCategory);
}

export const categoryFits = (kind: PhaseKind | null | undefined, category: InputCategory) => categoriesFor(kind).includes(category);
