// Target-group coverage flags (issue #17 §1, "vi når ikke alle" made visible): a group the
// process said matters most («Bruk mest ressurser her», «Prioritet») with nothing held,
// nobody saying it was reached and no input from it is NOT REACHED; a group marked «Ikke
// bruk energi» that is aimed at by many activities is a note worth raising.
import { DIFFICULTIES, IMPORTANCES, strategyFor, type Strategy } from "@/features/target-groups/strategy";
import type { Difficulty, Importance } from "@/generated/prisma/enums";

export const PRIORITISED: readonly Strategy[] = ["SPEND_MOST", "PRIORITY"];
/** The matrix cells whose strategy is prioritised, for SQL that counts such groups (one rule, not two). */
export const PRIORITISED_CELLS = IMPORTANCES.flatMap((importance) =>
  DIFFICULTIES.filter((difficulty) => PRIORITISED.includes(strategyFor(importance, difficulty))).map((difficulty) => ({ importance, difficulty })),
);
/** From this many activities (held + planned) a «Ikke bruk energi» group is called out. */
export const MANY_ACTIVITIES = 3;

export type CoverageCounts = { planned: number; held: number; reached: number; inputs: number };
export type CoverageFlag = "NOT_REACHED" | "TOO_MUCH_ENERGY" | null;

export function coverageFlag(g: CoverageCounts & { importance: string; difficulty: string }): CoverageFlag {
  const strategy = strategyFor(g.importance as Importance, g.difficulty as Difficulty);
  if (PRIORITISED.includes(strategy) && g.held === 0 && g.reached === 0 && g.inputs === 0) return "NOT_REACHED";
  if (strategy === "NO_ENERGY" && g.held + g.planned >= MANY_ACTIVITIES) return "TOO_MUCH_ENERGY";
  return null;
}
