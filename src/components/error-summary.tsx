"use client";

// Error summary at the top of a form: links to each field, focused on render (autofocus
// works without JavaScript too), so screen reader users hear what to fix first.
import { useEffect, useId, useRef } from "react";
import { Heading } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { fieldId } from "./field-state";

export function FormErrorSummary({
  title,
  message,
  fieldErrors,
  idPrefix,
}: {
  title: string;
  message: string;
  fieldErrors: Record<string, string>;
  idPrefix?: string;
}) {
  const entries = Object.entries(fieldErrors).filter(([field]) => field !== "_form");
  const formLevel = fieldErrors._form;
  const headingId = useId(); // several forms on a page may each show a summary
  const ref = useRef<HTMLDivElement>(null);
  // React applies autoFocus only to form controls; move focus here after every failed submit.
  useEffect(() => ref.current?.focus(), [message, fieldErrors]);
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      autoFocus
      aria-labelledby={headingId}
      className="ds-error-summary mb-6 rounded border-2 border-[var(--ds-color-danger-border-default)] bg-[var(--ds-color-danger-surface-tinted)] p-4"
    >
      <Heading level={2} data-size="xs" id={headingId}>
        {title}
      </Heading>
      <p className="mt-1">{formLevel ?? message}</p>
      {entries.length > 0 && (
        <ul className="mt-2 list-disc pl-6">
          {entries.map(([field, msg]) => (
            <li key={field}>
              <TextLink href={`#${fieldId(field, idPrefix)}`}>{msg}</TextLink>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
