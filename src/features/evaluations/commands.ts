// Gate definitions of this feature, spread into src/features/commands.ts. A politician's
// evaluation takes no user id: the actor always evaluates as themself.
import type { CommandRegistry, Def } from "@/lib/action";
import { agreedFiguresSchema, evaluationClosingSchema, evaluationSchema } from "./schemas";
import { setAgreedFigures } from "./set-agreed-figures";
import { setEvaluationClosed } from "./set-evaluation-closed";
import { submitEvaluation } from "./submit-evaluation";

export type SubmittedEvaluation = Awaited<ReturnType<typeof submitEvaluation>>;
export type EvaluationClosing = Awaited<ReturnType<typeof setEvaluationClosed>>;
export type AgreedFigures = Awaited<ReturnType<typeof setAgreedFigures>>;

export const submitEvaluationCommand = {
  permission: "evaluation.submit",
  schema: evaluationSchema,
  run: ({ tx, actor, input }) => submitEvaluation(tx, actor.id, input),
  audit: (input, r) => ({
    entityType: "method_evaluation",
    entityId: r.id,
    processId: r.processId,
    details: { activityId: r.activityId, created: r.created, wouldUseAgain: input.wouldUseAgain, reachedGroups: r.reachedGroups },
  }),
} satisfies Def<typeof evaluationSchema, SubmittedEvaluation>;

export const setEvaluationClosedCommand = {
  permission: "activity.manage",
  schema: evaluationClosingSchema,
  run: ({ tx, input }) => setEvaluationClosed(tx, input),
  audit: (_input, r) => ({
    entityType: "activity",
    entityId: r.activityId,
    processId: r.processId,
    details: { evaluationClosed: r.closed, changed: r.changed },
  }),
} satisfies Def<typeof evaluationClosingSchema, EvaluationClosing>;

export const setAgreedFiguresCommand = {
  permission: "activity.manage",
  schema: agreedFiguresSchema,
  run: ({ tx, input }) => setAgreedFigures(tx, input),
  audit: (_input, r) => ({ entityType: "activity", entityId: r.activityId, processId: r.processId, details: { agreedFigures: r.after, before: r.before } }),
} satisfies Def<typeof agreedFiguresSchema, AgreedFigures>;

export const EVALUATION_COMMANDS: CommandRegistry = {
  submitEvaluation: submitEvaluationCommand,
  setEvaluationClosed: setEvaluationClosedCommand,
  setAgreedFigures: setAgreedFiguresCommand,
};
