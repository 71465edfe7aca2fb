// Gate definitions of «Til avklaring», spread into src/features/commands.ts. Recording a
// decision is the one write group leaders have (permission decision.record); adding questions
// and making them public is process design (the administration).
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { addQuestionSchema, decideQuestionSchema, questionVisibilitySchema } from "./schemas";
import { addQuestion, decideQuestion, setQuestionPublic } from "./services";

export type AddedQuestion = Awaited<ReturnType<typeof addQuestion>>;
export type DecidedQuestion = Awaited<ReturnType<typeof decideQuestion>>;
export type QuestionVisibility = Awaited<ReturnType<typeof setQuestionPublic>>;

export const addQuestionCommand = rowCommands("process.update", "decision_question")(addQuestionSchema, addQuestion, (r, input) => ({
  milestoneId: r.milestoneId,
  question: input.question,
  isPublic: input.isPublic,
}));
export const decideQuestionCommand = rowCommands("decision.record", "decision_question")(
  decideQuestionSchema,
  (tx, input, actor) => decideQuestion(tx, actor.id, input),
  (r, input) => ({ decidedText: input.decidedText, decidedOn: input.decidedOn.toISOString().slice(0, 10), changed: r.changed }),
);
export const setQuestionPublicCommand = rowCommands("process.update", "decision_question")(questionVisibilitySchema, setQuestionPublic, (r) => ({
  isPublic: r.isPublic,
}));

export const DECISION_COMMANDS: CommandRegistry = {
  addDecisionQuestion: addQuestionCommand,
  decideQuestion: decideQuestionCommand,
  setDecisionQuestionPublic: setQuestionPublicCommand,
};
