"use client";

// Form fields that work without JavaScript: ids, labels and aria-describedby are in the
// server HTML (Designsystemet's own Field wiring needs JS, so we set them ourselves). Inside
// an <ActionForm> a field picks up its error and the value the user typed by `name`.
import type { InputHTMLAttributes, ReactNode } from "react";
import { Field, Fieldset, Input, Label, Select, Textarea, ValidationMessage } from "@/components/ds";
import { fieldId, useFieldState } from "./field-state";

function describedBy(id: string, description: unknown, error: unknown) {
  return [description ? `${id}-beskrivelse` : null, error ? `${id}-feil` : null].filter(Boolean).join(" ") || undefined;
}

type Common = { name: string; label: ReactNode; description?: ReactNode; error?: string; required?: boolean };

function Description({ id, children }: { id: string; children?: ReactNode }) {
  if (!children) return null;
  return (
    <div id={`${id}-beskrivelse`} className="ds-field__description text-sm">
      {children}
    </div>
  );
}

export type TextFieldProps = Common & {
  multiline?: boolean;
  rows?: number;
  type?: "text" | "email" | "password" | "tel" | "number" | "date" | "datetime-local" | "search" | "url";
  defaultValue?: string | number;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "size" | "type" | "defaultValue">;

export function TextField({ name, label, description, error: errorProp, multiline, rows, defaultValue, ...rest }: TextFieldProps) {
  const { error: ctxError, typed, idPrefix } = useFieldState(name);
  const error = errorProp ?? ctxError;
  const id = fieldId(name, idPrefix);
  const value = typed ?? defaultValue;
  const aria = { "aria-describedby": describedBy(id, description, error), "aria-invalid": error ? true : undefined };
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Description id={id}>{description}</Description>
      {multiline ? (
        <Textarea
          id={id}
          name={name}
          rows={rows ?? 5}
          defaultValue={value}
          required={rest.required}
          maxLength={rest.maxLength}
          autoFocus={rest.autoFocus}
          {...aria}
        />
      ) : (
        <Input id={id} name={name} defaultValue={value} {...rest} {...aria} />
      )}
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Field>
  );
}

/** A block of text fields declared as a list (forms whose fields differ only in name, text and size). */
export function TextFields({ fields }: { fields: readonly TextFieldProps[] }) {
  return fields.map((field) => <TextField key={field.name} {...field} />);
}

/** `lang` marks an option in another language than the page (bokmål-only names on an English form). */
export type Option = { value: string; label: string; lang?: string };

export type SelectFieldProps = Common & { options: Option[]; defaultValue?: string; emptyLabel?: string };

export function SelectField({ name, label, description, error: errorProp, options, defaultValue, emptyLabel, required }: SelectFieldProps) {
  const { error: ctxError, typed, idPrefix } = useFieldState(name);
  const error = errorProp ?? ctxError;
  const id = fieldId(name, idPrefix);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Description id={id}>{description}</Description>
      <Select
        // React applies defaultValue only on mount; a new key re-mounts the select so it shows
        // what the user chose when the form comes back with errors.
        key={typed ?? defaultValue ?? ""}
        id={id}
        name={name}
        defaultValue={typed ?? defaultValue ?? ""}
        required={required}
        aria-describedby={describedBy(id, description, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </Select>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Field>
  );
}

/**
 * Selects declared as a list, each showing `values[name]` (a list filter's parsed values): a
 * filter form gives its fields, not a block of JSX per field.
 */
export function SelectFields({ values, fields }: { values: Record<string, unknown>; fields: readonly Omit<SelectFieldProps, "defaultValue">[] }) {
  return fields.map(({ name, ...field }) => {
    const value = values[name];
    return <SelectField key={name} name={name} {...field} defaultValue={typeof value === "string" ? value : ""} />;
  });
}

/** Radio buttons or checkboxes in a fieldset with a legend. */
export function ChoiceGroup({
  name,
  legend,
  description,
  error: errorProp,
  options,
  defaultValue,
  multiple,
}: {
  name: string;
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  options: Option[];
  defaultValue?: string | string[];
  multiple?: boolean;
}) {
  const { error: ctxError, typed, idPrefix } = useFieldState(name);
  const error = errorProp ?? ctxError;
  const id = fieldId(name, idPrefix);
  const chosen = new Set(typed !== undefined ? typed.split("\n") : Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : []);
  return (
    <Fieldset id={id} aria-describedby={describedBy(id, description, error)} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Description id={id}>{description}</Description>
      <div className="space-y-2">
        {options.map((o, i) => {
          const optionId = `${id}-${i}`;
          return (
            <div key={o.value} className="flex items-center gap-2">
              <input
                id={optionId}
                type={multiple ? "checkbox" : "radio"}
                name={name}
                value={o.value}
                defaultChecked={chosen.has(o.value)}
                className={multiple ? "ds-input" : "ds-input"}
              />
              <label htmlFor={optionId}>{o.label}</label>
            </div>
          );
        })}
      </div>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/**
 * One checkbox whose label says it all (consent, "I am sure"): no fieldset, so a screen reader
 * and the eye meet the sentence once, and the id sits on the input the error summary links to.
 */
export function CheckboxField({
  name,
  label,
  description,
  error: errorProp,
  value = "on",
  defaultChecked,
}: Omit<Common, "required"> & { value?: string; defaultChecked?: boolean }) {
  const { error: ctxError, typed, idPrefix } = useFieldState(name);
  const error = errorProp ?? ctxError;
  const id = fieldId(name, idPrefix);
  const checked = typed !== undefined ? typed.split("\n").includes(value) : Boolean(defaultChecked);
  return (
    <div>
      <div className="flex items-center gap-2">
        <input
          id={id}
          type="checkbox"
          name={name}
          value={value}
          defaultChecked={checked}
          className="ds-input"
          aria-describedby={describedBy(id, description, error)}
          aria-invalid={error ? true : undefined}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      <Description id={id}>{description}</Description>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </div>
  );
}
