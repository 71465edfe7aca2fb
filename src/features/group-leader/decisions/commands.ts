// Gate definitions of «Til avklaring», spread into src/features/commands.ts. Recording a
// decision is the one write group leaders have (permission decision.record); adding questions
// and making them public is process design (the administration).
import type { CommandRegistry, Def } from "@/lib/action";
import { addQuestionSchema, decideQuestionSchema, questionVisibilitySchema } from "./schemas";
import { addQuestion, decideQuestion, setQuestionPublic } from "./services";

export type AddedQuestion = Awaited<ReturnType<typeof addQuestion>>;
export type DecidedQuestion = Awaited<ReturnType<typeof decideQuestion>>;
export type QuestionVisibility = Awaited<ReturnType<typeof setQuestionPublic>>;

export const addQuestionCommand = {
  permission: "process.update",
  schema: addQuestionSchema,
  run: ({ tx, input }) => addQuestion(tx, input),
  audit: (input, r) => ({
    entityType: "decision_question",
    entityId: r.id,
    processId: r.processId,
    details: { milestoneId: r.milestoneId, question: input.question, isPublic: input.isPublic },
  }),
} satisfies Def<typeof addQuestionSchema, AddedQuestion>;

export const decideQuestionCommand = {
  permission: "decision.record",
  schema: decideQuestionSchema,
  run: ({ tx, actor, input }) => decideQuestion(tx, actor.id, input),
  audit: (input, r) => ({
    entityType: "decision_question",
    entityId: r.id,
    processId: r.processId,
    details: { decidedText: input.decidedText, decidedOn: input.decidedOn.toISOString().slice(0, 10), changed: r.changed },
  }),
} satisfies Def<typeof decideQuestionSchema, DecidedQuestion>;

export const setQuestionPublicCommand = {
  permission: "process.update",
  schema: questionVisibilitySchema,
  run: ({ tx, input }) => setQuestionPublic(tx, input),
  audit: (_input, r) => ({ entityType: "decision_question", entityId: r.id, processId: r.processId, details: { isPublic: r.isPublic } }),
} satisfies Def<typeof questionVisibilitySchema, QuestionVisibility>;

export const DECISION_COMMANDS: CommandRegistry = {
  addDecisionQuestion: addQuestionCommand,
  decideQuestion: decideQuestionCommand,
  setDecisionQuestionPublic: setQuestionPublicCommand,
};
