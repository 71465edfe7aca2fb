// /admin/innspill/[id]: one input in full, its contact details (if given) and the triage forms.
// Reading never writes: an unread input stays RECEIVED until someone marks it.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert, Paragraph, Tag } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { InputText } from "@/components/input-text";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { ageRangeLabel } from "@/features/forms/age-bands";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { labelledAnswers } from "../answers";
import { inboxQuery, type InboxFilter } from "../filters";
import type { InputDetail } from "../queries";
import { parseHiddenReason } from "../schemas";
import { INBOX_PATH } from "./inbox-filter-form";
import { HideForms, StatusForms } from "./triage-forms";

const NOTICES = ["status", "lest", "skjult", "vist"] as const;
/**
 * `similar` renders the knowledge base's similar inputs for a return path (the route passes
 * it): knowledge sits above the inbox (its triage uses the inbox's status and hide commands),
 * so the inbox does not import it.
 */
type Props = {
  input: InputDetail;
  filter: InboxFilter;
  neighbours: { newer?: string; older?: string };
  notice?: string;
  similar: (returnTo: string) => ReactNode;
};

export async function InputDetailPage({ input, filter, neighbours, notice, similar }: Props) {
  const [t, tf, fmtDate] = await Promise.all([getTranslations("inbox"), getTranslations("forms.ageRange"), getDateFormat()]);
  const query = inboxQuery(filter);
  const none = t("detail.none");
  const when = (d: Date) => fmtDate(d, "dateTime");
  const hidden = parseHiddenReason(input.hiddenReason);
  const hiddenText = [hidden.reason ? t(`hideReason.${hidden.reason}`) : "", hidden.note].filter(Boolean).join(" – ");
  const answers = labelledAnswers(input.form?.fields ?? [], input.answers);
  const facts: [string, ReactNode][] = [
    [
      t("detail.receiptCode"),
      <span key="code" className="font-mono">
        {input.receiptCode}
      </span>,
    ],
    [t("detail.submittedAt"), when(input.submittedAt)],
    [t("detail.status"), t(`status.${input.status}`)],
    [t("detail.process"), input.process.title],
    [t("detail.phase"), input.phase?.title ?? none],
    [t("detail.activity"), input.activity ? `${input.activity.title} (${fmtDate(input.activity.startsAt, "dateMedium")})` : none],
    [t("detail.method"), input.method?.name ?? none],
    [t("detail.channel"), t(`channel.${input.channel}`)],
    [t("detail.recordedBy"), input.recordedBy?.name ?? none],
    [t("detail.category"), t(`category.${input.category ?? "NONE"}`)],
    [t("detail.district"), input.district?.name ?? none],
    [t("detail.targetGroup"), input.targetGroup?.name ?? none],
    [t("detail.ageBand"), input.ageMin !== null && input.ageMax !== null ? ageRangeLabel(tf, input.ageMin, input.ageMax) : none],
    [t("detail.language"), t(`language.${input.language}`)],
    ...(input.externalRef ? [[t("detail.externalRef"), input.externalRef] as [string, ReactNode]] : []),
  ];
  const link = (id: string, label: string, rel?: string) => (
    <TextLink href={`${INBOX_PATH}/${id}${query}`} rel={rel}>
      {label}
    </TextLink>
  );
  return (
    <>
      <PageHeading title={t("detail.title", { code: input.receiptCode })} />
      <nav aria-label={t("detail.neighbours")} className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <TextLink href={`${INBOX_PATH}${query}`}>{t("detail.back")}</TextLink>
        {neighbours.newer && link(neighbours.newer, t("detail.newer"), "prev")}
        {neighbours.older && link(neighbours.older, t("detail.older"), "next")}
      </nav>
      <div className="space-y-8">
        {notice && (NOTICES as readonly string[]).includes(notice) && (
          <Alert data-color="success" role="status">
            {t(`notice.${notice}`)}
          </Alert>
        )}
        {input.isHidden && <Alert data-color="warning">{t("hideForm.hiddenAlert", { reason: hiddenText })}</Alert>}
        <Section id="tekst-tittel" heading={t("detail.textHeading")} className="space-y-3">
          <Paragraph className="max-w-3xl whitespace-pre-wrap break-words">
            <InputText lang={input.language} text={input.text} block />
          </Paragraph>
        </Section>
        <Section id="fakta-tittel" heading={t("detail.factsHeading")} className="space-y-3">
          <FactList layout="stacked" rows={facts} className="max-w-3xl" />
        </Section>
        {answers.length > 0 && (
          <Section id="svar-tittel" heading={t("detail.answersHeading")} className="space-y-3">
            <dl className="max-w-3xl space-y-2">
              {answers.map((a) => (
                <div key={a.key}>
                  <dt className="font-semibold">{a.label}</dt>
                  <dd className="whitespace-pre-wrap break-words">{a.value}</dd>
                </div>
              ))}
            </dl>
          </Section>
        )}
        <Section id="moderering-tittel" heading={t("detail.flagsHeading")} className="space-y-3">
          {input.flags.length === 0 ? (
            <Paragraph>{t("detail.noFlags")}</Paragraph>
          ) : (
            <Paragraph className="flex flex-wrap items-center gap-2">
              <span>{t("detail.flags")}:</span>
              {input.flags.map((f) => (
                <Tag key={f} data-color="warning" data-size="sm">
                  {f}
                </Tag>
              ))}
            </Paragraph>
          )}
          {input.heldForReview && <Paragraph>{t("detail.held")}</Paragraph>}
          {input.duplicateOf && (
            <Paragraph>
              {t("detail.duplicateOf")} {link(input.duplicateOf.id, input.duplicateOf.receiptCode)}
            </Paragraph>
          )}
        </Section>
        {input.contact && (
          <Section id="kontakt-tittel" heading={t("detail.contactHeading")} className="space-y-3">
            <Alert data-color="info">{t("detail.contactNote")}</Alert>
            <dl className="grid max-w-3xl grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              {(
                [
                  [t("detail.contactName"), input.contact.name],
                  [t("detail.contactEmail"), input.contact.email],
                  [t("detail.contactPhone"), input.contact.phone],
                  [t("detail.contactConsent"), when(input.contact.consentAt)],
                ] as const
              ).map(([term, value]) => (
                <div key={term} className="contents">
                  <dt className="font-semibold">{term}</dt>
                  <dd className="mb-2 break-words sm:mb-0">{value || none}</dd>
                </div>
              ))}
            </dl>
          </Section>
        )}
        <StatusForms input={input} filterQuery={query} />
        <HideForms input={input} filterQuery={query} />
        {similar(`${INBOX_PATH}/${input.id}${query}`)}
      </div>
    </>
  );
}
