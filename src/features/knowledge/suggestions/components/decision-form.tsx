"use client";

// One button bound to a suggestion action (accept, reject, accept all, retrain). A plain
// <form> posting to a server action, so it works without JavaScript; on success the action
// redirects, on failure the message shows next to the button.
import { useActionState, type ReactNode } from "react";
import { Alert, Button } from "@/components/ds";
import type { ActionState } from "@/lib/action";
import type { FormAction } from "@/lib/server-action";

type Props<D> = {
  action: FormAction<D>;
  label: string;
  /** Accessible name when the visible label alone is ambiguous ("Godta" → "Godta kategorien Behov"). */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "tertiary";
  children?: ReactNode;
  className?: string;
};

export function DecisionForm<D>({ action, label, accessibleLabel, variant = "secondary", children, className }: Props<D>) {
  const [state, formAction, pending] = useActionState<ActionState<D>, FormData>(action, { status: "idle" });
  return (
    <form action={formAction} className={className ?? "inline-block"}>
      {children}
      <Button type="submit" variant={variant} data-size="sm" aria-label={accessibleLabel} aria-disabled={pending || undefined}>
        {label}
      </Button>
      {state.status === "error" && (
        <Alert data-color="danger" role="alert" data-size="sm" className="mt-2">
          {state.message}
        </Alert>
      )}
    </form>
  );
}
