// /admin/kunnskapsbase/forslag: the current model (when, on how many inputs, how good it is
// on inputs it did not see), "train now", and the untagged inputs with their suggestions.
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { KnowledgeNav } from "@/features/knowledge/components/knowledge-nav";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { toUiLocale } from "@/lib/i18n/config";
import { trainSuggestionModelAction } from "../actions";
import { FIELDS } from "../classifier/model";
import { SUGGESTIONS_PATH } from "../paths";
import { decisionsForMany, modelStatus, untaggedInputs } from "../queries";
import { suggestionsFor } from "../suggestions-for";
import { DecisionForm } from "./decision-form";
import { SuggestionPanelView } from "./suggestion-panel";

export const SUGGESTION_STATUSES = ["godtatt", "avvist", "alle", "trent", "opptatt", "tom"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export async function SuggestionsPage({ status, cursor }: { status?: SuggestionStatus; cursor?: string }) {
  const locale = toUiLocale(await getLocale());
  const [t, format, fmtDate, state, page] = await Promise.all([
    getTranslations("knowledgeSuggestions.page"),
    getFormatter(),
    getDateFormat(),
    modelStatus(),
    untaggedInputs(cursor),
  ]);
  const ids = page.rows.map((r) => r.id);
  const [suggestions, decisions] = await Promise.all([suggestionsFor(ids, { locale }), decisionsForMany(ids, locale)]);
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 0 });
  const m = state.model;
  const returnTo = cursor ? `${SUGGESTIONS_PATH}?etter=${encodeURIComponent(cursor)}` : SUGGESTIONS_PATH;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <KnowledgeNav current={SUGGESTIONS_PATH} />
      {status && (
        <Alert data-color={status === "opptatt" || status === "tom" ? "warning" : "success"} role="status" className="mb-6">
          {t(`status.${status}`)}
        </Alert>
      )}
      <Section id="modell" heading={t("model.heading")} className="mb-10 space-y-4">
        {m ? (
          <>
            <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
              <dt className="font-medium">{t("model.trainedAt")}</dt>
              <dd>{fmtDate(m.trainedAt, "dateTimeMedium")}</dd>
              <dt className="font-medium">{t("model.trainedBy")}</dt>
              <dd>{m.trainedBy?.name ?? t("model.background")}</dd>
              <dt className="font-medium">{t("model.samples")}</dt>
              <dd>
                {t("model.sampleCount", { count: m.sampleCount })}
                {m.metrics.capped && ` ${t("model.capped", { cap: m.metrics.cap })}`}
              </dd>
              <dt className="font-medium">{t("model.untagged")}</dt>
              <dd>{t("model.untaggedCount", { count: state.untagged })}</dd>
              <dt className="font-medium">{t("model.since")}</dt>
              <dd>{t("model.sinceCount", { count: state.tagsSince ?? 0, after: state.retrainAfter })}</dd>
            </dl>
            <DataTable
              label={t("quality.caption", { folds: m.metrics.folds, count: m.metrics.evaluatedOn })}
              caption="plain"
              zebra={false}
              rowHeader="bold"
              columns={[t("quality.field"), t("quality.top1"), t("quality.top3"), t("quality.n")]}
              rows={[...FIELDS]}
              rowKey={(f) => f}
              cells={(f) => [t(`quality.fields.${f}`), pct(m.metrics.cv[f].top1), pct(m.metrics.cv[f].top3), m.metrics.cv[f].n]}
            />
            <Paragraph data-size="sm">{t("quality.help")}</Paragraph>
          </>
        ) : (
          <Paragraph>{t("model.none", { count: state.untagged })}</Paragraph>
        )}
        <DecisionForm action={trainSuggestionModelAction} label={m ? t("retrain") : t("train")} variant="primary" />
        <Paragraph data-size="sm">{t("retrainHelp", { after: state.retrainAfter })}</Paragraph>
      </Section>
      <Section id="usortert" heading={t("list.heading")} className="space-y-6">
        {page.rows.length === 0 ? (
          <Paragraph>{t("list.empty")}</Paragraph>
        ) : (
          <ol className="space-y-8">
            {page.rows.map((r) => (
              <li key={r.id} className="space-y-3 border-b border-[var(--ds-color-neutral-border-subtle)] pb-6">
                <Heading level={3} data-size="2xs">
                  {t("list.item", { when: fmtDate(r.submittedAt, "dateMedium") })}
                </Heading>
                <blockquote className="border-l-4 border-[var(--ds-color-neutral-border-default)] pl-4 whitespace-pre-line">
                  {r.text.length > 400 ? `${r.text.slice(0, 400)}…` : r.text}
                </blockquote>
                <TextLink href={`/admin/kunnskapsbase/sortering/${r.id}`}>{t("list.triage")}</TextLink>
                <SuggestionPanelView
                  inputId={r.id}
                  returnTo={returnTo}
                  headingLevel={4}
                  landmark={false}
                  suggestions={suggestions.get(r.id)}
                  decisions={decisions.get(r.id) ?? []}
                  hasModel={!!m}
                />
              </li>
            ))}
          </ol>
        )}
        {page.next && <TextLink href={`${SUGGESTIONS_PATH}?etter=${encodeURIComponent(page.next)}`}>{t("list.next")}</TextLink>}
      </Section>
    </>
  );
}
