// Gate definitions of this feature, spread into src/features/commands.ts. A politician's
// evaluation takes no user id: the actor always evaluates as themself.
import type { CommandRegistry } from "@/lib/action";
import { command, rowCommands } from "@/lib/command";
import { agreedFiguresSchema, evaluationClosingSchema, evaluationSchema } from "./schemas";
import { setAgreedFigures } from "./set-agreed-figures";
import { setEvaluationClosed } from "./set-evaluation-closed";
import { submitEvaluation } from "./submit-evaluation";

export type SubmittedEvaluation = Awaited<ReturnType<typeof submitEvaluation>>;
export type EvaluationClosing = Awaited<ReturnType<typeof setEvaluationClosed>>;
export type AgreedFigures = Awaited<ReturnType<typeof setAgreedFigures>>;

export const submitEvaluationCommand = rowCommands("evaluation.submit", "method_evaluation")(
  evaluationSchema,
  (tx, input, actor) => submitEvaluation(tx, actor.id, input),
  (r, input) => ({ activityId: r.activityId, created: r.created, wouldUseAgain: input.wouldUseAgain, reachedGroups: r.reachedGroups }),
);

// Closing and agreed figures are the activity's: audited as it, under its process.
const onActivity = (r: { activityId: string; processId: string }, details: Record<string, unknown>) => ({
  entityType: "activity",
  entityId: r.activityId,
  processId: r.processId,
  details,
});
export const setEvaluationClosedCommand = command(
  "activity.manage",
  evaluationClosingSchema,
  (tx, input) => setEvaluationClosed(tx, input),
  (_i, r) => onActivity(r, { evaluationClosed: r.closed, changed: r.changed }),
);
export const setAgreedFiguresCommand = command("activity.manage", agreedFiguresSchema, setAgreedFigures, (_i, r) =>
  onActivity(r, { agreedFigures: r.after, before: r.before }),
);

export const EVALUATION_COMMANDS: CommandRegistry = {
  submitEvaluation: submitEvaluationCommand,
  setEvaluationClosed: setEvaluationClosedCommand,
  setAgreedFigures: setAgreedFiguresCommand,
};
