"use client";

// The recording form's own fields, built for a phone: radio rows with large touch targets,
// a select with the activity's target groups in their own group first, and a textarea that
// takes focus after a save so the next input can be typed at once. Each picks up its error
// and typed value from the surrounding <ActionForm> like the shared fields do.
import type { ReactNode } from "react";
import { Field, Fieldset, Label, Select, Textarea, ValidationMessage } from "@/components/ds";
import { fieldId, useFieldState } from "@/components/field-state";

type Option = { value: string; label: string };
const describedBy = (id: string, help: unknown, error: unknown) =>
  [help ? `${id}-beskrivelse` : null, error ? `${id}-feil` : null].filter(Boolean).join(" ") || undefined;

function Help({ id, children }: { id: string; children?: ReactNode }) {
  return children ? (
    <div id={`${id}-beskrivelse`} className="ds-field__description text-sm">
      {children}
    </div>
  ) : null;
}

export function TextArea({
  name,
  label,
  help,
  maxLength,
  autoFocus,
}: {
  name: string;
  label: string;
  help?: ReactNode;
  maxLength: number;
  autoFocus?: boolean;
}) {
  const { error, typed } = useFieldState(name);
  const id = fieldId(name);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Help id={id}>{help}</Help>
      <Textarea
        id={id}
        name={name}
        rows={5}
        required
        maxLength={maxLength}
        defaultValue={typed ?? ""}
        // After a save the page comes back with an empty form: straight on to the next input.
        autoFocus={autoFocus && typed === undefined}
        aria-describedby={describedBy(id, help, error)}
        aria-invalid={error ? true : undefined}
      />
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Field>
  );
}

export function RadioRows({
  name,
  legend,
  help,
  options,
  defaultValue,
}: {
  name: string;
  legend: string;
  help?: ReactNode;
  options: Option[];
  defaultValue?: string;
}) {
  const { error, typed } = useFieldState(name);
  const id = fieldId(name);
  const chosen = typed ?? defaultValue ?? "";
  return (
    <Fieldset id={id} aria-describedby={describedBy(id, help, error)} aria-invalid={error ? true : undefined}>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Help id={id}>{help}</Help>
      <div className="grid gap-2 sm:grid-cols-2">
        {options.map((o, i) => (
          // The whole row is the label: a thumb-sized target (≥ 44 px) on a phone.
          <label
            key={o.value}
            htmlFor={`${id}-${i}`}
            className="flex min-h-12 cursor-pointer items-center gap-3 rounded border border-[var(--ds-color-neutral-border-subtle)] px-3 py-2 has-[:checked]:border-[var(--ds-color-accent-border-strong)] has-[:checked]:bg-[var(--ds-color-accent-surface-tinted)]"
          >
            <input id={`${id}-${i}`} type="radio" name={name} value={o.value} defaultChecked={chosen === o.value} className="ds-input shrink-0" />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

type Group = { label: string; options: Option[] };

export function GroupedSelect({
  name,
  label,
  help,
  groups,
  emptyLabel,
  defaultValue,
}: {
  name: string;
  label: string;
  help?: ReactNode;
  groups: Group[];
  emptyLabel?: string;
  defaultValue?: string;
}) {
  const { error, typed } = useFieldState(name);
  const id = fieldId(name);
  const value = typed ?? defaultValue ?? "";
  const shown = groups.filter((g) => g.options.length > 0);
  const render = (o: Option) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Help id={id}>{help}</Help>
      <Select
        // A new key re-mounts the select so defaultValue follows what the form came back with.
        key={value}
        id={id}
        name={name}
        defaultValue={value}
        aria-describedby={describedBy(id, help, error)}
        aria-invalid={error ? true : undefined}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {shown.map((g) =>
          g.label ? (
            <optgroup key={g.label} label={g.label}>
              {g.options.map(render)}
            </optgroup>
          ) : (
            g.options.map(render)
          ),
        )}
      </Select>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Field>
  );
}
