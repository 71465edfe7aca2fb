import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { Alert, Heading, Paragraph, Tag } from "@/components/ds";
import { ChoiceGroup } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import type { InboxCursor } from "@/features/inputs/inbox/cursor";
import { ProcessAdminNav } from "@/features/processes/components/process-admin-nav";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { setHeardQuotesAction } from "../actions";
import type { HeardProcess } from "../load";
import { chosenQuotes, quoteCandidates, topicOptions, type HeardTheme } from "../queries";
import type { NoticeKey } from "./notice";
import { ThemeForm } from "./theme-form";

type Props = { process: HeardProcess; theme: HeardTheme; cursor?: InboxCursor; notice?: NoticeKey };

/**
 * One theme: its texts, then the quote picker. The chosen quotes are listed as the public will
 * see them (or marked as no longer shown); the candidates are this process's quotable inputs
 * matching the theme, in their public version only, paged newest first.
 */
export async function ThemePage({ process, theme, cursor, notice }: Props) {
  const [t, tc, fmtDate, topics, chosen, candidates] = await Promise.all([
    getTranslations("heard.editor"),
    getTranslations("areas.inputCategory"),
    getDateFormat(),
    topicOptions(),
    chosenQuotes(theme.id),
    quoteCandidates(process.id, theme, cursor),
  ]);
  const base = `/admin/prosesser/${process.id}/dette-har-vi-hort`;
  const chosenIds = chosen.map((q) => q.inputId);
  const day = (d: Date) => fmtDate(d, "dateMedium");
  return (
    <>
      <ProcessAdminNav process={process} current="dette-har-vi-hort" />
      <PageHeading title={t("theme.editHeading", { title: theme.title })} />
      <div className="space-y-10">
        <p>
          <TextLink href={`${base}#tema-${theme.id}`}>{t("theme.back")}</TextLink>
        </p>
        {notice && (
          <Alert data-color="success" role="status">
            {t(`notice.${notice}`)}
          </Alert>
        )}

        <Section id="sitater" heading={t("quotes.heading")} className="space-y-4">
          <Paragraph>{t("quotes.lead")}</Paragraph>
          <Heading level={3} data-size="xs">
            {t("quotes.chosenHeading")}
          </Heading>
          {chosen.length === 0 ? (
            <Paragraph>{t("quotes.noneChosen")}</Paragraph>
          ) : (
            <ol className="list-decimal space-y-3 pl-6">
              {chosen.map((q) => (
                <li key={q.inputId}>
                  {q.publicText !== null ? (
                    <blockquote className="italic">«{q.publicText}»</blockquote>
                  ) : (
                    <Tag data-color="warning">{t("quotes.gone", { code: q.receiptCode })}</Tag>
                  )}
                </li>
              ))}
            </ol>
          )}
          {candidates.rows.length === 0 ? (
            <Paragraph>{t("quotes.noCandidates")}</Paragraph>
          ) : (
            <ActionForm action={setHeardQuotesAction} submitLabel={t("quotes.save")} idPrefix="sitater" className="max-w-3xl space-y-5">
              <input type="hidden" name="processId" value={process.id} />
              <input type="hidden" name="themeId" value={theme.id} />
              {candidates.rows.map((c) => (
                <input key={c.id} type="hidden" name="shownIds" value={c.id} />
              ))}
              <ChoiceGroup
                name="quoteIds"
                legend={t("quotes.candidatesLegend")}
                multiple
                defaultValue={chosenIds}
                options={candidates.rows.map((c) => ({
                  value: c.id,
                  label: `«${c.text}» (${[day(c.submittedAt), c.category && tc(c.category), c.redacted && t("quotes.redacted")].filter(Boolean).join(", ")})`,
                }))}
              />
            </ActionForm>
          )}
          <p className="flex flex-wrap gap-x-6">
            {cursor && <TextLink href={`${base}/tema/${theme.id}#sitater`}>{t("quotes.first")}</TextLink>}
            {candidates.next && <TextLink href={`${base}/tema/${theme.id}?etter=${encodeURIComponent(candidates.next)}#sitater`}>{t("quotes.more")}</TextLink>}
          </p>
        </Section>

        <Section id="tema-tekst" heading={t("theme.textsHeading")} className="space-y-4">
          <ThemeForm processId={process.id} topics={topics} theme={theme} idPrefix="tema" />
        </Section>
      </div>
    </>
  );
}
