// The forms on one input in the triage view, each with a visible button: insight category
// (radio), topics and thematic plans (checkboxes; saving replaces the set), target group,
// district, status + public response, hide with a reason, and "Ferdig – neste".
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import { HIDE_REASONS, MAX_HIDE_NOTE, MAX_PUBLIC_RESPONSE } from "@/features/inbox/schemas";
import { InputStatus } from "@/generated/prisma/enums";
import {
  hideTriageInputAction,
  markInputTriagedAction,
  setInputCategoryAction,
  setInputDistrictAction,
  setInputPlansAction,
  setInputTargetGroupAction,
  setInputTopicsAction,
  setTriageStatusAction,
} from "../actions";
import type { TriageInputDetail, triageChoices } from "../queries";
import { SHORTCUT_IDS } from "./shortcut-ids";

type Choices = Awaited<ReturnType<typeof triageChoices>>;
type Props = { input: TriageInputDetail; choices: Choices; filterQuery: string };

function Hidden({ input, filterQuery }: Pick<Props, "input" | "filterQuery">) {
  return (
    <>
      <input type="hidden" name="inputId" value={input.id} />
      <input type="hidden" name="filter" value={filterQuery} />
    </>
  );
}

function Section({ id, title, children, lead }: { id: string; title: string; children: ReactNode; lead?: string }) {
  return (
    <section aria-labelledby={`${id}-tittel`} className="space-y-3" id={id}>
      <Heading level={2} data-size="sm" id={`${id}-tittel`}>
        {title}
      </Heading>
      {lead && <Paragraph data-size="sm">{lead}</Paragraph>}
      {children}
    </section>
  );
}

export async function DoneForm({ input, filterQuery }: Pick<Props, "input" | "filterQuery">) {
  const t = await getTranslations("knowledgeTriage.one");
  return (
    <div id={SHORTCUT_IDS.done}>
      <ActionForm action={markInputTriagedAction} submitLabel={t("done")} idPrefix="ferdig" className="space-y-2">
        <Hidden input={input} filterQuery={filterQuery} />
        <Paragraph data-size="sm">{input.triagedAt ? t("doneAlready") : t("doneHelp")}</Paragraph>
      </ActionForm>
    </div>
  );
}

export async function TagForms({ input, choices, filterQuery }: Props) {
  const [t, ti] = await Promise.all([getTranslations("knowledgeTriage.one"), getTranslations("inbox")]);
  return (
    <>
      <Section id={SHORTCUT_IDS.categories} title={t("category.heading")} lead={t("category.lead", { count: choices.categories.length })}>
        <ActionForm action={setInputCategoryAction} submitLabel={t("category.submit")} idPrefix="kategori">
          <Hidden input={input} filterQuery={filterQuery} />
          <ChoiceGroup
            name="category"
            legend={t("category.legend")}
            options={choices.categories.map((c, i) => ({ value: c, label: t("category.option", { key: i + 1, label: ti(`category.${c}`) }) }))}
            defaultValue={input.category ?? undefined}
          />
        </ActionForm>
      </Section>
      <Section id="triage-emner" title={t("topics.heading")} lead={t("topics.lead")}>
        <ActionForm action={setInputTopicsAction} submitLabel={t("topics.submit")} idPrefix="emner">
          <Hidden input={input} filterQuery={filterQuery} />
          <ChoiceGroup name="topicIds" legend={t("topics.legend")} multiple options={choices.topics.map((o) => ({ value: o.id, label: o.name }))} defaultValue={input.tags.map((x) => x.tagId)} />
        </ActionForm>
      </Section>
      <Section id="triage-temaplaner" title={t("plans.heading")} lead={t("plans.lead")}>
        <ActionForm action={setInputPlansAction} submitLabel={t("plans.submit")} idPrefix="temaplaner">
          <Hidden input={input} filterQuery={filterQuery} />
          <ChoiceGroup name="planIds" legend={t("plans.legend")} multiple options={choices.plans.map((o) => ({ value: o.id, label: o.name }))} defaultValue={input.thematicPlans.map((x) => x.thematicPlanId)} />
        </ActionForm>
      </Section>
    </>
  );
}

export async function ContextForms({ input, choices, filterQuery }: Props) {
  const [t, ti] = await Promise.all([getTranslations("knowledgeTriage.one"), getTranslations("inbox")]);
  return (
    <>
      <Section id="triage-malgruppe" title={t("context.heading")}>
        <div className="grid gap-6 md:grid-cols-2">
          <ActionForm action={setInputTargetGroupAction} submitLabel={t("context.targetGroupSubmit")} submitVariant="secondary" idPrefix="malgruppe" className="space-y-4">
            <Hidden input={input} filterQuery={filterQuery} />
            <SelectField
              name="targetGroupId"
              label={t("context.targetGroup")}
              description={choices.targetGroups.length ? undefined : t("context.noTargetGroups")}
              emptyLabel={t("context.none")}
              options={choices.targetGroups.map((g) => ({ value: g.id, label: g.name }))}
              defaultValue={input.targetGroupId ?? ""}
            />
          </ActionForm>
          <ActionForm action={setInputDistrictAction} submitLabel={t("context.districtSubmit")} submitVariant="secondary" idPrefix="bydel" className="space-y-4">
            <Hidden input={input} filterQuery={filterQuery} />
            <SelectField name="districtId" label={t("context.district")} emptyLabel={t("context.none")} options={choices.districts.map((d) => ({ value: d.id, label: d.name }))} defaultValue={input.districtId ?? ""} />
          </ActionForm>
        </div>
      </Section>
      <Section id="triage-status" title={t("status.heading")} lead={t("status.lead")}>
        <ActionForm action={setTriageStatusAction} submitLabel={t("status.submit")} submitVariant="secondary" idPrefix="status">
          <Hidden input={input} filterQuery={filterQuery} />
          <SelectField name="status" label={t("status.status")} options={Object.values(InputStatus).map((s) => ({ value: s, label: ti(`status.${s}`) }))} defaultValue={input.status} />
          <TextField name="publicResponse" label={t("status.response")} description={t("status.responseHelp", { max: MAX_PUBLIC_RESPONSE })} multiline rows={3} maxLength={MAX_PUBLIC_RESPONSE} defaultValue={input.publicResponse} />
        </ActionForm>
      </Section>
    </>
  );
}

export async function HideForm({ input, filterQuery }: Pick<Props, "input" | "filterQuery">) {
  const [t, ti] = await Promise.all([getTranslations("knowledgeTriage.one"), getTranslations("inbox")]);
  if (input.isHidden) return null;
  return (
    <Section id="triage-skjul" title={t("hide.heading")} lead={t("hide.lead")}>
      <ActionForm action={hideTriageInputAction} submitLabel={t("hide.submit")} submitVariant="secondary" idPrefix="skjul">
        <Hidden input={input} filterQuery={filterQuery} />
        <SelectField name="reason" label={t("hide.reason")} emptyLabel={t("hide.chooseReason")} options={HIDE_REASONS.map((r) => ({ value: r, label: ti(`hideReason.${r}`) }))} required />
        <TextField name="note" label={t("hide.note")} description={t("hide.noteHelp", { max: MAX_HIDE_NOTE })} multiline rows={2} maxLength={MAX_HIDE_NOTE} />
      </ActionForm>
    </Section>
  );
}
