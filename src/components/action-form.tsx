"use client";

// A form bound to a gated server action. Renders the error summary, gives every field inside
// it its error and the value the user typed (via FormStateContext), and shows a success
// message. Works without JavaScript: React posts the form and re-renders it with the state.
import { useActionState, type ReactNode } from "react";
import { Alert, Button } from "@/components/ds";
import type { ActionState } from "@/lib/action";
import { useClientTexts } from "./client-texts";
import { FormErrorSummary } from "./error-summary";
import { FormStateContext, type FormState } from "./field-state";

type Props<R> = {
  action: (prev: ActionState<R>, formData: FormData) => Promise<ActionState<R>>;
  submitLabel: string;
  successMessage?: string;
  children: ReactNode;
  className?: string;
  /** Extra buttons next to submit (e.g. a cancel link). */
  secondary?: ReactNode;
  submitVariant?: "primary" | "secondary";
  /** What the button acts on, added to its accessible name after the visible label («Meld meg på: <aktivitet>»). */
  submitContext?: string;
  /** Makes field ids unique when a page has several forms with the same field names. */
  idPrefix?: string;
  /** The form's id (e.g. for keyboard shortcuts that submit it). */
  id?: string;
  /** Name/value of the submit button, when several buttons of one form say what happens next. */
  submitName?: string;
  submitValue?: string;
  /** Classes of the button row (e.g. sticky at the bottom of a long form). */
  actionsClassName?: string;
};

export function ActionForm<R>(props: Props<R>) {
  const {
    action,
    submitLabel,
    submitContext,
    successMessage,
    children,
    className,
    secondary,
    submitVariant = "primary",
    idPrefix,
    id,
    submitName,
    submitValue,
    actionsClassName,
  } = props;
  const { summaryTitle } = useClientTexts();
  const [state, formAction, pending] = useActionState<ActionState<R>, FormData>(action, { status: "idle" });
  const ctx: FormState = state.status === "error" ? { errors: state.fieldErrors, values: state.values, idPrefix } : { errors: {}, values: null, idPrefix };
  return (
    <form action={formAction} noValidate id={id} className={className ?? "max-w-2xl space-y-5"}>
      {state.status === "error" && <FormErrorSummary title={summaryTitle} message={state.message} fieldErrors={state.fieldErrors} idPrefix={idPrefix} />}
      {state.status === "success" && successMessage && (
        <Alert data-color="success" role="status">
          {state.message ?? successMessage}
        </Alert>
      )}
      <FormStateContext.Provider value={ctx}>{children}</FormStateContext.Provider>
      <div className={actionsClassName ?? "flex flex-wrap items-center gap-4"}>
        <Button
          type="submit"
          name={submitName}
          value={submitValue}
          variant={submitVariant}
          aria-disabled={pending || undefined}
          aria-label={submitContext ? `${submitLabel}: ${submitContext}` : undefined}
        >
          {submitLabel}
        </Button>
        {secondary}
      </div>
    </form>
  );
}
