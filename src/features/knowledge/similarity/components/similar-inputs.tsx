// Similar inputs for one input, near-duplicates and same-point rewordings listed apart with
// their scores, and plain forms to mark this input as a duplicate of one of them (or undo
// it). "Nevnt av N" counts the original plus every input marked as its duplicate.
import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/button-form";
import { Heading, Paragraph, Tag } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { markDuplicateAction, unmarkDuplicateAction } from "../actions";
import { similarInputs, type SimilarInput } from "../queries";

const EXCERPT = 280;
const excerpt = (text: string) => (text.length > EXCERPT ? `${text.slice(0, EXCERPT).trimEnd()}…` : text);

type Props = { inputId: string; returnTo: string };

export async function SimilarInputs({ inputId, returnTo }: Props) {
  const [t, result] = await Promise.all([getTranslations("knowledgeModeration.similar"), similarInputs(inputId)]);
  if (!result) return null;
  const { input } = result;

  const row = (s: SimilarInput) => {
    const isOriginalOfThis = input.duplicateOf?.id === s.id;
    const isDuplicateOfThis = s.duplicateOfId === input.id;
    return (
      <li key={s.id} className="space-y-2 border-b border-[var(--ds-color-neutral-border-subtle)] pb-4">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
          <TextLink href={`/admin/innspill/${s.id}`}>{t("open", { code: s.receiptCode })}</TextLink>
          <Tag data-color="info">{t("score", { score: Math.round(s.score * 100) })}</Tag>
          {s.mentionedBy > 1 && <Tag data-color="neutral">{t("mentionedBy", { count: s.mentionedBy })}</Tag>}
        </div>
        <Paragraph data-size="sm" className="whitespace-pre-line break-words">
          {excerpt(s.text)}
        </Paragraph>
        {isDuplicateOfThis && <Paragraph data-size="sm">{t("duplicateOfThis")}</Paragraph>}
        {isOriginalOfThis ? (
          <Paragraph data-size="sm">{t("originalOfThis")}</Paragraph>
        ) : isDuplicateOfThis ? (
          <ButtonForm
            action={unmarkDuplicateAction}
            label={t("notDuplicate")}
            idPrefix={`ikke-dup-${s.id}`}
            className="space-y-2"
            hidden={{ inputId: s.id, returnTo }}
          />
        ) : (
          <ButtonForm
            action={markDuplicateAction}
            label={t("markAsDuplicateOf")}
            idPrefix={`dup-${s.id}`}
            className="space-y-2"
            hidden={{ inputId: input.id, originalId: s.id, returnTo }}
          />
        )}
      </li>
    );
  };

  const list = (id: string, title: string, rows: SimilarInput[]) => (
    <div className="space-y-3">
      <Heading level={3} data-size="xs" id={id}>
        {title}
      </Heading>
      {rows.length ? (
        <ul aria-labelledby={id} className="space-y-4">
          {rows.map(row)}
        </ul>
      ) : (
        <Paragraph data-size="sm">{t("none")}</Paragraph>
      )}
    </div>
  );

  return (
    <Section id="lignende-tittel" heading={t("heading")} className="space-y-4">
      <Paragraph data-size="sm">{t("lead")}</Paragraph>
      {input.duplicateOf && (
        <div className="space-y-2">
          <Paragraph>
            {t("isDuplicateOf", { code: input.duplicateOf.receiptCode })} {t("mentionedBy", { count: input.duplicateOf.mentionedBy })}
          </Paragraph>
          <ButtonForm
            action={unmarkDuplicateAction}
            label={t("notDuplicate")}
            idPrefix="ikke-dup"
            className="space-y-2"
            hidden={{ inputId: input.id, returnTo }}
          />
        </div>
      )}
      {input.mentionedBy > 1 && <Paragraph>{t("thisMentionedBy", { count: input.mentionedBy })}</Paragraph>}
      {list("lignende-nesten-like", t("nearDuplicates"), result.nearDuplicates)}
      {list("lignende-samme-poeng", t("samePoint"), result.samePoint)}
    </Section>
  );
}
