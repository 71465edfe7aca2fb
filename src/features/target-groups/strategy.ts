// The DEMRE priority matrix: importance x difficulty gives the strategy for a target group.
// Derived, never stored, so moving a group on the matrix can never leave a stale label.
import type { Difficulty, Importance } from "@/generated/prisma/enums";

export const IMPORTANCES = ["VERY_IMPORTANT", "IMPORTANT", "LESS_IMPORTANT"] as const satisfies readonly Importance[];
export const DIFFICULTIES = ["EASY", "MEDIUM", "HARD"] as const satisfies readonly Difficulty[];

export type Strategy = "GET_GOING" | "GOOD_RESOURCE" | "GAIN_MOMENTUM" | "PRIORITY" | "WORK_ON_IT" | "MAYBE" | "SPEND_MOST" | "WORTH_IT" | "NO_ENERGY";

const MATRIX: Record<Difficulty, Record<Importance, Strategy>> = {
  EASY: { VERY_IMPORTANT: "GET_GOING", IMPORTANT: "GOOD_RESOURCE", LESS_IMPORTANT: "GAIN_MOMENTUM" },
  MEDIUM: { VERY_IMPORTANT: "PRIORITY", IMPORTANT: "WORK_ON_IT", LESS_IMPORTANT: "MAYBE" },
  HARD: { VERY_IMPORTANT: "SPEND_MOST", IMPORTANT: "WORTH_IT", LESS_IMPORTANT: "NO_ENERGY" },
};

export function strategyFor(importance: Importance, difficulty: Difficulty): Strategy {
  return MATRIX[difficulty][importance];
}

/** The seed's own words for each cell (bokmål); the UI reads them from messages. */
export const STRATEGY_LABEL_NB: Record<Strategy, string> = {
  GET_GOING: "Sett i gang",
  GOOD_RESOURCE: "God ressurs",
  GAIN_MOMENTUM: "Bruk for å få fart",
  PRIORITY: "Prioritet",
  WORK_ON_IT: "Jobbe med",
  MAYBE: "Tja...",
  SPEND_MOST: "Bruk mest ressurser her",
  WORTH_IT: "Er det verdt det?",
  NO_ENERGY: "Ikke bruk energi",
};
