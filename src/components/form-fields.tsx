// Form building blocks that work without JavaScript: ids, labels and aria-describedby are in
// the server HTML (Designsystemet's own Field wiring needs JS, so we set them ourselves).
import { Field, Input, Label, Textarea, ValidationMessage } from "@digdir/designsystemet-react";
import type { InputHTMLAttributes, ReactNode } from "react";

type TextFieldProps = {
  name: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string;
  multiline?: boolean;
  rows?: number;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "search" | "url";
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "size" | "type">;

export function fieldId(name: string) {
  return `felt-${name}`;
}

export function TextField({ name, label, description, error, multiline, rows, ...rest }: TextFieldProps) {
  const id = fieldId(name);
  const descId = description ? `${id}-beskrivelse` : undefined;
  const errId = error ? `${id}-feil` : undefined;
  const describedBy = [descId, errId].filter(Boolean).join(" ") || undefined;
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description && (
        <p id={descId} className="ds-field__description text-sm">
          {description}
        </p>
      )}
      {multiline ? (
        <Textarea
          id={id}
          name={name}
          rows={rows ?? 6}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          defaultValue={rest.defaultValue as string | undefined}
          required={rest.required}
          maxLength={rest.maxLength}
        />
      ) : (
        <Input id={id} name={name} aria-describedby={describedBy} aria-invalid={error ? true : undefined} {...rest} />
      )}
      {error && <ValidationMessage id={errId}>{error}</ValidationMessage>}
    </Field>
  );
}
