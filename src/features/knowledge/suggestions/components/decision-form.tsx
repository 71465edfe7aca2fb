"use client";

// One button bound to a suggestion action (accept, reject, accept all, retrain). A plain
// <form> posting to a server action, so it works without JavaScript; on success the action
// redirects, on failure the message shows next to the button.
import { useActionState, type ReactNode } from "react";
import { Alert, Button } from "@/components/ds";
import type { ActionState } from "@/lib/action";

type Props = {
  action: (prev: ActionState<unknown>, fd: FormData) => Promise<ActionState<unknown>>;
  label: string;
  /** Accessible name when the visible label alone is ambiguous ("Godta" → "Godta kategorien Behov"). */
  accessibleLabel?: string;
  variant?: "primary" | "secondary" | "tertiary";
  children?: ReactNode;
  className?: string;
};

export function DecisionForm({ action, label, accessibleLabel, variant = "secondary", children, className }: Props) {
  const [state, formAction, pending] = useActionState<ActionState<unknown>, FormData>(action, { status: "idle" });
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
