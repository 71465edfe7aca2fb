// The ONE form on an input in the triage view. Every choice on the page — insight category
// (radio), topics and thematic plans (checkboxes; the checked set replaces the input's), target
// group, district, status + public response, and a reason to hide — is saved together by each of
// its buttons: «Lagre» stays, «Ferdig – neste» marks the input sorted and opens the next, «Skjul og
// gå til neste» hides it. So no button can throw away what was chosen elsewhere on the page.
// A plain form POST to a gated server action: works the same without JavaScript.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/action-form";
import { Button, Heading, Paragraph } from "@/components/ds";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import { HIDE_REASONS, MAX_HIDE_NOTE, MAX_PUBLIC_RESPONSE } from "@/features/inputs/inbox/schemas";
import { InputStatus } from "@/generated/prisma/enums";
import { saveTriageInputAction } from "../actions";
import type { triageChoices, TriageInputDetail } from "../queries";
import { SHORTCUT_IDS } from "./shortcut-ids";

type Choices = Awaited<ReturnType<typeof triageChoices>>;
type Props = { input: TriageInputDetail; choices: Choices; filterQuery: string };

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

export async function TriageForm({ input, choices, filterQuery }: Props) {
  const [t, ti] = await Promise.all([getTranslations("knowledgeTriage.one"), getTranslations("inbox")]);
  return (
    <ActionForm
      id={SHORTCUT_IDS.form}
      action={saveTriageInputAction}
      submitLabel={t("save")}
      submitName="then"
      submitValue="save"
      submitVariant="secondary"
      idPrefix="sortering"
      className="max-w-3xl space-y-10"
      actionsClassName="sticky bottom-0 z-10 flex flex-wrap items-center gap-4 border-t border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-default)] py-3"
      secondary={
        <Button type="submit" name="then" value="done" id={SHORTCUT_IDS.done}>
          {t("done")}
        </Button>
      }
    >
      <Paragraph data-size="sm">{input.triagedAt ? t("doneAlready") : t("doneHelp")}</Paragraph>
      <input type="hidden" name="inputId" value={input.id} />
      <input type="hidden" name="filter" value={filterQuery} />
      <Section id={SHORTCUT_IDS.categories} title={t("category.heading")} lead={t("category.lead", { count: choices.categories.length })}>
        <ChoiceGroup
          name="category"
          legend={t("category.legend")}
          options={choices.categories.map((c, i) => ({ value: c, label: t("category.option", { key: i + 1, label: ti(`category.${c}`) }) }))}
          defaultValue={input.category ?? undefined}
        />
      </Section>
      <Section id="triage-emner" title={t("topics.heading")} lead={t("topics.lead")}>
        {/* The empty entry says "the topics were on the page": none checked then clears them. */}
        <input type="hidden" name="topicIds" value="" />
        <ChoiceGroup
          name="topicIds"
          legend={t("topics.legend")}
          multiple
          options={choices.topics.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={input.tags.map((x) => x.tagId)}
        />
      </Section>
      <Section id="triage-temaplaner" title={t("plans.heading")} lead={t("plans.lead")}>
        <input type="hidden" name="planIds" value="" />
        <ChoiceGroup
          name="planIds"
          legend={t("plans.legend")}
          multiple
          options={choices.plans.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={input.thematicPlans.map((x) => x.thematicPlanId)}
        />
      </Section>
      <Section id="triage-malgruppe" title={t("context.heading")}>
        <div className="grid gap-6 md:grid-cols-2">
          <SelectField
            name="targetGroupId"
            label={t("context.targetGroup")}
            description={choices.targetGroups.length ? undefined : t("context.noTargetGroups")}
            emptyLabel={t("context.none")}
            options={choices.targetGroups.map((g) => ({ value: g.id, label: g.name }))}
            defaultValue={input.targetGroupId ?? ""}
          />
          <SelectField
            name="districtId"
            label={t("context.district")}
            emptyLabel={t("context.none")}
            options={choices.districts.map((d) => ({ value: d.id, label: d.name }))}
            defaultValue={input.districtId ?? ""}
          />
        </div>
      </Section>
      <Section id="triage-status" title={t("status.heading")} lead={t("status.lead")}>
        <SelectField
          name="status"
          label={t("status.status")}
          options={Object.values(InputStatus).map((s) => ({ value: s, label: ti(`status.${s}`) }))}
          defaultValue={input.status}
        />
        <TextField
          name="publicResponse"
          label={t("status.response")}
          description={t("status.responseHelp", { max: MAX_PUBLIC_RESPONSE })}
          multiline
          rows={3}
          maxLength={MAX_PUBLIC_RESPONSE}
          defaultValue={input.publicResponse}
        />
      </Section>
      {!input.isHidden && (
        <Section id="triage-skjul" title={t("hide.heading")} lead={t("hide.lead")}>
          <SelectField
            name="hideReason"
            label={t("hide.reason")}
            emptyLabel={t("hide.chooseReason")}
            options={HIDE_REASONS.map((r) => ({ value: r, label: ti(`hideReason.${r}`) }))}
          />
          <TextField
            name="hideNote"
            label={t("hide.note")}
            description={t("hide.noteHelp", { max: MAX_HIDE_NOTE })}
            multiline
            rows={2}
            maxLength={MAX_HIDE_NOTE}
          />
          <Button type="submit" name="then" value="hide" variant="secondary">
            {t("hide.submit")}
          </Button>
        </Section>
      )}
    </ActionForm>
  );
}
