"use client";

// A file input wired like the shared form fields (label, description, error, aria), which
// have no file type. Its typed value is never restored: browsers do not allow that.
import type { ReactNode } from "react";
import { Field, Input, Label, ValidationMessage } from "@/components/ds";
import { fieldId, useFieldState } from "@/components/field-state";

export function FileField({ name, label, description, accept }: { name: string; label: ReactNode; description?: ReactNode; accept?: string }) {
  const { error, idPrefix } = useFieldState(name);
  const id = fieldId(name, idPrefix);
  const describedBy = [description ? `${id}-beskrivelse` : null, error ? `${id}-feil` : null].filter(Boolean).join(" ") || undefined;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <div id={`${id}-beskrivelse`} className="ds-field__description text-sm">
          {description}
        </div>
      )}
      <Input id={id} name={name} type="file" accept={accept} required aria-describedby={describedBy} aria-invalid={error ? true : undefined} />
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Field>
  );
}
