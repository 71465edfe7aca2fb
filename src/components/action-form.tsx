"use client";
// A form bound to a gated server action. Renders the error summary, gives every field inside
// it its error and the value the user typed (via FormStateContext), and shows a success
// message. Works without JavaScript: React posts the form and re-renders it with the state.
import { Alert, Button } from "@digdir/designsystemet-react";
import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, type ReactNode } from "react";
import type { ActionState } from "@/lib/action";
import { FormErrorSummary } from "./error-summary";

type FormState = { errors: Record<string, string>; values: Record<string, string> | null; idPrefix?: string };
const FormStateContext = createContext<FormState>({ errors: {}, values: null });
export const useFieldState = (name: string) => {
  const { errors, values, idPrefix } = useContext(FormStateContext);
  return { error: errors[name], typed: values ? (values[name] ?? "") : undefined, idPrefix };
};

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
};

export function ActionForm<R>({ action, submitLabel, submitContext, successMessage, children, className, secondary, submitVariant = "primary", idPrefix }: Props<R>) {
  const te = useTranslations("errors");
  const [state, formAction, pending] = useActionState<ActionState<R>, FormData>(action, { status: "idle" });
  const ctx: FormState =
    state.status === "error" ? { errors: state.fieldErrors, values: state.values, idPrefix } : { errors: {}, values: null, idPrefix };
  return (
    <form action={formAction} noValidate className={className ?? "max-w-2xl space-y-5"}>
      {state.status === "error" && <FormErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={state.fieldErrors} idPrefix={idPrefix} />}
      {state.status === "success" && successMessage && (
        <Alert data-color="success" role="status">
          {state.message ?? successMessage}
        </Alert>
      )}
      <FormStateContext.Provider value={ctx}>{children}</FormStateContext.Provider>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" variant={submitVariant} aria-disabled={pending || undefined} aria-label={submitContext ? `${submitLabel}: ${submitContext}` : undefined}>
          {submitLabel}
        </Button>
        {secondary}
      </div>
    </form>
  );
}
