// A phase's guiding questions: an empty list means "the defaults for the phase's kind", read at
// display time, so a phase changed from idea to insight shows the insight questions. Only
// questions the administrator wrote are stored.
import type { PhaseKind } from "@/generated/prisma/enums";
import { DEFAULT_GUIDING_QUESTIONS } from "./schemas";

/** The questions to show for a phase: its own, or the defaults of its current kind. */
export function questionsFor(phase: { kind: PhaseKind; guidingQuestions: readonly string[] }): readonly string[] {
  return phase.guidingQuestions.length > 0 ? phase.guidingQuestions : DEFAULT_GUIDING_QUESTIONS[phase.kind];
}

/** What to store: nothing when the questions are exactly some kind's defaults (they follow the kind). */
export function questionsToStore(questions: readonly string[]): string[] {
  const trimmed = questions.map((q) => q.trim()).filter(Boolean);
  const isDefaults = Object.values(DEFAULT_GUIDING_QUESTIONS).some((d) => d.length > 0 && d.length === trimmed.length && d.every((q, i) => q === trimmed[i]));
  return isDefaults ? [] : trimmed;
}
