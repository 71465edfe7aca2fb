// The suggested insight category, topics and thematic plans for one input, each with its
// confidence (percentage and in words) and "Godta" / "Avvis", plus "Godta alle forslag" and
// what has been decided so far. TRIAGE embeds it on the one-input page; the suggestions
// page lists it for every untagged input (with data loaded for the whole page at once).
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { after } from "next/server";
import { Heading, Paragraph } from "@/components/ds";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { toUiLocale } from "@/lib/i18n/config";
import { acceptAllSuggestionsAction, acceptSuggestionAction, rejectSuggestionAction } from "../actions";
import { currentModel } from "../model-store";
import { decisionsFor, type DecisionRow } from "../queries";
import { confidenceLevel, suggestionsFor, type InputSuggestions, type Suggestion } from "../suggestions-for";
import { retrainIfDue } from "../train-model";
import { DecisionForm } from "./decision-form";

type Decision = DecisionRow;
type Props = {
  inputId: string;
  returnTo: string;
  headingLevel?: 2 | 3 | 4;
  /** A named region (one panel on the page); lists of many panels turn it off (landmarks must be unique). */
  landmark?: boolean;
};

export async function SuggestionPanel({ inputId, returnTo, headingLevel = 2 }: Props) {
  const locale = toUiLocale(await getLocale());
  const [map, decisions, model] = await Promise.all([suggestionsFor([inputId], { locale }), decisionsFor(inputId, locale), currentModel()]);
  // No model yet: train one after this response, so the next visit has suggestions.
  if (!model) after(() => retrainIfDue());
  return (
    <SuggestionPanelView
      inputId={inputId}
      returnTo={returnTo}
      headingLevel={headingLevel}
      suggestions={map.get(inputId)}
      decisions={decisions}
      hasModel={!!model}
    />
  );
}

const FIELDS = [
  { key: "category", field: "category" },
  { key: "topics", field: "topic" },
  { key: "plans", field: "plan" },
] as const;

export async function SuggestionPanelView({
  inputId,
  returnTo,
  headingLevel = 2,
  suggestions,
  decisions,
  hasModel,
  landmark = true,
}: Props & { suggestions: InputSuggestions | undefined; decisions: Decision[]; hasModel: boolean }) {
  const [t, format, fmtDate] = await Promise.all([getTranslations("knowledgeSuggestions.panel"), getFormatter(), getDateFormat()]);
  const headingId = `forslag-${inputId}`;
  const sub = (headingLevel + 1) as 3 | 4 | 5;
  const any = suggestions && (suggestions.category.length > 0 || suggestions.topics.length > 0 || suggestions.plans.length > 0);
  const hidden = (
    <>
      <input type="hidden" name="inputId" value={inputId} />
      <input type="hidden" name="returnTo" value={returnTo} />
    </>
  );
  const row = (field: "category" | "topic" | "plan", s: Suggestion) => {
    const pct = format.number(s.confidence, { style: "percent", maximumFractionDigits: 0 });
    const level = t(`level.${confidenceLevel(s.confidence)}`);
    return (
      <li key={s.value} className="flex flex-wrap items-center gap-x-4 gap-y-2 py-2">
        <span className="min-w-40 font-medium">{s.label}</span>
        <span className="text-sm">{t("confidence", { pct, level })}</span>
        <span className="flex gap-2">
          <DecisionForm
            action={acceptSuggestionAction}
            label={t("accept")}
            accessibleLabel={t("acceptNamed", { field: t(`field.${field}`), label: s.label })}
            variant="primary"
          >
            {hidden}
            <input type="hidden" name="field" value={field} />
            <input type="hidden" name="value" value={s.value} />
          </DecisionForm>
          <DecisionForm action={rejectSuggestionAction} label={t("reject")} accessibleLabel={t("rejectNamed", { field: t(`field.${field}`), label: s.label })}>
            {hidden}
            <input type="hidden" name="field" value={field} />
            <input type="hidden" name="value" value={s.value} />
          </DecisionForm>
        </span>
      </li>
    );
  };
  const Wrapper = landmark ? "section" : "div";
  return (
    <Wrapper aria-labelledby={landmark ? headingId : undefined} className="space-y-3">
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t("heading")}
      </Heading>
      {!hasModel ? (
        <Paragraph data-size="sm">{t("noModel")}</Paragraph>
      ) : !any ? (
        <Paragraph data-size="sm">{t("none")}</Paragraph>
      ) : (
        <>
          {FIELDS.map(({ key, field }) =>
            suggestions![key].length === 0 ? null : (
              <div key={key}>
                <Heading level={sub} data-size="2xs">
                  {t(`fieldHeading.${field}`)}
                </Heading>
                <ul className="divide-y divide-[var(--ds-color-neutral-border-subtle)]">{suggestions![key].map((s) => row(field, s))}</ul>
              </div>
            ),
          )}
          <DecisionForm action={acceptAllSuggestionsAction} label={t("acceptAll")} accessibleLabel={t("acceptAllNamed")} variant="primary" className="pt-2">
            {hidden}
            {suggestions!.category[0] && <input type="hidden" name="category" value={suggestions!.category[0].value} />}
            {suggestions!.topics[0] && <input type="hidden" name="topic" value={suggestions!.topics[0].value} />}
            {suggestions!.plans[0] && <input type="hidden" name="plan" value={suggestions!.plans[0].value} />}
          </DecisionForm>
          <Paragraph data-size="xs">{t("acceptAllHelp")}</Paragraph>
        </>
      )}
      {decisions.length > 0 && (
        <details>
          <summary className="cursor-pointer">{t("decided", { count: decisions.length })}</summary>
          <ul className="mt-2 list-disc space-y-1 pl-6 text-sm">
            {decisions.map((d) => (
              <li key={`${d.field}-${d.value}`}>
                {t(`decision.${d.decision}`, {
                  field: t(`field.${d.field}`),
                  label: d.label,
                  who: d.who ?? t("someone"),
                  when: fmtDate(d.decidedAt, "dateMedium"),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Wrapper>
  );
}
