"use client";

// A form that posts to a route handler (not a server action): without JavaScript the browser
// posts it and the handler answers 303 to the next page, or the page again with a 4xx and the
// state (`initial`). With JavaScript the same handler is fetched with `Accept: application/json`
// and answers the state or where to go, so the page need not reload. Fields pick up their error
// and what was typed through FormStateContext, as in ActionForm.
import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { Button } from "@/components/ds";
import { FormErrorSummary } from "./error-summary";
import { FormStateContext } from "./field-state";

export type PostFormState = { status: "error"; message: string; fieldErrors: Record<string, string>; values: Record<string, string>; requestId: string };

type Props = {
  action: string;
  submitLabel: string;
  /** The title of the error summary, in the form's language. */
  summaryTitle: string;
  initial?: PostFormState | null;
  children: ReactNode;
};

export function PostForm({ action, submitLabel, summaryTitle, initial, children }: Props) {
  const router = useRouter();
  const [state, setState] = useState<PostFormState | null>(initial ?? null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    setPending(true);
    try {
      const body = new URLSearchParams();
      for (const [key, value] of new FormData(form)) if (typeof value === "string") body.append(key, value);
      const res = await fetch(action, { method: "POST", body, headers: { accept: "application/json" } });
      const data = (await res.json()) as { status: "ok"; location: string } | PostFormState;
      if (data.status === "ok") {
        router.push(data.location);
        return; // stays pending until the receipt shows
      }
      setState(data);
      setPending(false);
    } catch {
      // Network trouble or an answer that is not ours: let the browser post the form itself.
      form.submit();
    }
  }

  const ctx = state ? { errors: state.fieldErrors, values: state.values } : { errors: {}, values: null };
  return (
    <form action={action} method="post" noValidate onSubmit={onSubmit} className="max-w-2xl space-y-5">
      {state && <FormErrorSummary title={summaryTitle} message={state.message} fieldErrors={state.fieldErrors} />}
      <FormStateContext.Provider value={ctx}>{children}</FormStateContext.Provider>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" aria-disabled={pending || undefined}>
          {submitLabel}
        </Button>
      </div>
    </form>
  );
}
