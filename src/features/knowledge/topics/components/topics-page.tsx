// /admin/kunnskapsbase/emner: the managed topic taxonomy — every topic with how many inputs
// carry it, create, rename/describe, merge into another (the tags move along), and delete
// for topics nobody uses. Merged topics are listed with where they went.
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { SelectField, TextField } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { KnowledgeNav } from "../../components/knowledge-nav";
import { createTopicAction, deleteTopicAction, mergeTopicsAction, updateTopicAction } from "../actions";
import { TOPICS_PATH } from "../paths";
import type { TopicRow } from "../queries";
import { MAX_TOPIC_DESCRIPTION, MAX_TOPIC_NAME } from "../schemas";

const NOTICES = ["opprettet", "endret", "slatt-sammen", "slettet"];

type Props = { active: TopicRow[]; merged: (TopicRow & { mergedInto: { name: string } | null })[]; notice?: string };

/** A topic's name and description, the same in the create and the edit form. */
async function TopicFields({ topic, nameHelp }: { topic?: TopicRow; nameHelp?: string }) {
  const t = await getTranslations("knowledgeTriage.topics");
  return (
    <>
      <TextField name="name" label={t("fields.name")} description={nameHelp} maxLength={MAX_TOPIC_NAME} defaultValue={topic?.name} required />
      <TextField
        name="description"
        label={t("fields.description")}
        description={t("fields.descriptionHelp", { max: MAX_TOPIC_DESCRIPTION })}
        multiline
        rows={2}
        maxLength={MAX_TOPIC_DESCRIPTION}
        defaultValue={topic?.description}
      />
    </>
  );
}

async function TopicForms({ topic, others }: { topic: TopicRow; others: TopicRow[] }) {
  const t = await getTranslations("knowledgeTriage.topics");
  const prefix = `emne-${topic.slug}`;
  const hidden = <input type="hidden" name="topicId" value={topic.id} />;
  return (
    <details className="mt-2">
      <summary className="ds-link cursor-pointer">{t("edit", { name: topic.name })}</summary>
      <div className="mt-4 space-y-8 border-l-4 border-[var(--ds-color-neutral-border-subtle)] pl-4">
        <ActionForm action={updateTopicAction} submitLabel={t("update.submit")} idPrefix={`${prefix}-endre`} className="max-w-xl space-y-4">
          {hidden}
          <TopicFields topic={topic} />
        </ActionForm>
        <ActionForm
          action={mergeTopicsAction}
          submitLabel={t("merge.submit")}
          submitVariant="secondary"
          idPrefix={`${prefix}-slaa`}
          className="max-w-xl space-y-4"
        >
          {hidden}
          <SelectField
            name="intoId"
            label={t("merge.into", { name: topic.name })}
            description={t("merge.help", { count: topic.inputs })}
            emptyLabel={t("merge.choose")}
            options={others.filter((o) => o.id !== topic.id).map((o) => ({ value: o.id, label: o.name }))}
            required
          />
        </ActionForm>
        {topic.inputs === 0 ? (
          <ButtonForm
            action={deleteTopicAction}
            label={t("delete.submit")}
            idPrefix={`${prefix}-slett`}
            className="max-w-xl space-y-2"
            hidden={{ topicId: topic.id }}
          >
            <Paragraph data-size="sm">{t("delete.help")}</Paragraph>
          </ButtonForm>
        ) : (
          <Paragraph data-size="sm">{t("delete.inUse")}</Paragraph>
        )}
      </div>
    </details>
  );
}

export async function TopicsPage({ active, merged, notice }: Props) {
  const [t, tk, format] = await Promise.all([getTranslations("knowledgeTriage.topics"), getTranslations("knowledge.nav"), getFormatter()]);
  return (
    <>
      <PageHeading title={tk("topics")} lead={t("lead")} />
      <KnowledgeNav current={TOPICS_PATH} />
      <div className="space-y-10">
        {notice && NOTICES.includes(notice) && (
          <Alert data-color="success" role="status" id="emner-melding">
            {t(`notice.${notice}`)}
          </Alert>
        )}
        <Section id="emner-tittel" heading={t("list.heading", { count: active.length })} className="space-y-4">
          <ul
            className="divide-y divide-[var(--ds-color-neutral-border-subtle)] border-y border-[var(--ds-color-neutral-border-subtle)]"
            aria-labelledby="emner-tittel"
          >
            {active.map((topic) => (
              <li key={topic.id} className="py-3" data-testid={`emne-${topic.slug}`}>
                <Heading level={3} data-size="2xs">
                  {topic.name}
                </Heading>
                <Paragraph data-size="sm">
                  {t("list.inputs", { count: topic.inputs, formatted: format.number(topic.inputs) })} · <span className="font-mono">{topic.slug}</span>
                </Paragraph>
                {topic.description && <Paragraph data-size="sm">{topic.description}</Paragraph>}
                <TopicForms topic={topic} others={active} />
              </li>
            ))}
          </ul>
        </Section>
        <Section id="nytt-emne-tittel" heading={t("create.heading")} className="space-y-4">
          <ActionForm action={createTopicAction} submitLabel={t("create.submit")} idPrefix="nytt-emne" className="max-w-xl space-y-4">
            <TopicFields nameHelp={t("create.nameHelp")} />
          </ActionForm>
        </Section>
        {merged.length > 0 && (
          <Section id="sammenslatte-tittel" heading={t("merged.heading")} className="space-y-3">
            <Paragraph data-size="sm">{t("merged.lead")}</Paragraph>
            <ul className="list-disc pl-6">
              {merged.map((m) => (
                <li key={m.id}>{t("merged.item", { from: m.name, into: m.mergedInto?.name ?? "" })}</li>
              ))}
            </ul>
          </Section>
        )}
      </div>
    </>
  );
}
