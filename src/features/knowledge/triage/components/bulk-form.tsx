"use client";

// The queue's selection form: checkboxes on the rows and the bulk actions below them, in one
// <form>. The pressed button ("handling") says which action runs. On a refusal the error
// summary comes first, messages sit at the fields and the checked rows stay checked.
import { useTranslations } from "next-intl";
import { createContext, useActionState, useContext, type ReactNode } from "react";
import { Button, Field, Fieldset, Label, Select, ValidationMessage } from "@/components/ds";
import { FormErrorSummary } from "@/components/error-summary";
import { fieldId } from "@/components/field-state";
import type { ActionState } from "@/lib/action";
import { bulkTriageAction } from "../actions";

type Option = { value: string; label: string };
export type BulkOptions = { categories: Option[]; topics: Option[]; plans: Option[]; statuses: Option[] };

const Selected = createContext<Set<string> | null>(null);
const PREFIX = "bulk";

/** A row's checkbox; after a refused bulk action it comes back as it was. */
export function RowCheckbox({ id, label }: { id: string; label: string }) {
  const selected = useContext(Selected);
  const boxId = `velg-${id}`;
  return (
    <span className="flex items-center">
      <input
        key={selected ? "typed" : "fresh"}
        id={boxId}
        type="checkbox"
        name="inputIds"
        value={id}
        defaultChecked={selected?.has(id) ?? false}
        className="ds-input"
      />
      <label htmlFor={boxId} className="sr-only">
        {label}
      </label>
    </span>
  );
}

function BulkSelect({ name, label, options, error, typed }: { name: string; label: string; options: Option[]; error?: string; typed?: string }) {
  const t = useTranslations("knowledgeTriage.bulk");
  const id = fieldId(name, PREFIX);
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      <Select
        key={typed ?? ""}
        id={id}
        name={name}
        defaultValue={typed ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-feil` : undefined}
      >
        <option value="">{t("choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {error && <ValidationMessage id={`${id}-feil`}>{error}</ValidationMessage>}
    </Field>
  );
}

export function BulkForm({ options, filterQuery, children }: { options: BulkOptions; filterQuery: string; children: ReactNode }) {
  const t = useTranslations("knowledgeTriage.bulk");
  const te = useTranslations("errors");
  const [state, action, pending] = useActionState<ActionState<{ count: number }>, FormData>(bulkTriageAction, { status: "idle" });
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : undefined;
  const selected = values ? new Set((values.inputIds ?? "").split("\n").filter(Boolean)) : null;
  const button = (value: string, label: string) => (
    <Button type="submit" name="handling" value={value} variant="secondary" aria-disabled={pending || undefined}>
      {label}
    </Button>
  );
  const listId = fieldId("inputIds", PREFIX);
  return (
    <form action={action} noValidate className="space-y-6">
      {state.status === "error" && <FormErrorSummary title={te("summaryTitle")} message={state.message} fieldErrors={state.fieldErrors} idPrefix={PREFIX} />}
      <input type="hidden" name="filter" value={filterQuery} />
      <div id={listId} tabIndex={-1} aria-describedby={errors.inputIds ? `${listId}-feil` : undefined}>
        {errors.inputIds && <ValidationMessage id={`${listId}-feil`}>{errors.inputIds}</ValidationMessage>}
        <Selected.Provider value={selected}>{children}</Selected.Provider>
      </div>
      <Fieldset>
        <Fieldset.Legend>{t("legend")}</Fieldset.Legend>
        <Fieldset.Description>{t("lead")}</Fieldset.Description>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <div className="space-y-2">
            <BulkSelect name="category" label={t("category")} options={options.categories} error={errors.category} typed={values?.category} />
            {button("kategori", t("categorySubmit"))}
          </div>
          <div className="space-y-2">
            <BulkSelect name="topicId" label={t("topic")} options={options.topics} error={errors.topicId} typed={values?.topicId} />
            {button("emne", t("topicSubmit"))}
          </div>
          <div className="space-y-2">
            <BulkSelect name="planId" label={t("plan")} options={options.plans} error={errors.planId} typed={values?.planId} />
            {button("temaplan", t("planSubmit"))}
          </div>
          <div className="space-y-2">
            <BulkSelect name="status" label={t("status")} options={options.statuses} error={errors.status} typed={values?.status} />
            {button("status", t("statusSubmit"))}
          </div>
        </div>
        <div className="mt-6">{button("sortert", t("triagedSubmit"))}</div>
      </Fieldset>
    </form>
  );
}
