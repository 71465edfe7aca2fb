// /admin/kunnskapsbase/sortering/[id]: one input in the triage queue — its text and facts,
// suggestions, the one form with every choice (triage-forms.tsx), similar inputs, and
// previous/next in the queue. Every action is a visible button; the shortcuts
// (triage-shortcuts.tsx) are only an extra.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { InputText } from "@/components/input-text";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { parseHiddenReason } from "@/features/inputs/inbox/schemas";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { KnowledgeNav } from "../../components/knowledge-nav";
import { SimilarInputs } from "../../similarity/components/similar-inputs";
import { SuggestionPanel } from "../../suggestions/components/suggestion-panel";
import { TRIAGE_PATH, triageInputPath, triageQuery, type QueueCursor, type TriageFilter } from "../filters";
import type { triageChoices, TriageInputDetail } from "../queries";
import { FocusOnArrival } from "./focus-on-arrival";
import { SHORTCUT_IDS } from "./shortcut-ids";
import { TriageForm } from "./triage-forms";
import { TriageShortcuts } from "./triage-shortcuts";

export const ONE_NOTICES = ["lagret", "ferdig", "skjult", "forslag", "duplikat"] as const;

type Props = {
  input: TriageInputDetail;
  choices: Awaited<ReturnType<typeof triageChoices>>;
  filter: TriageFilter;
  neighbours: { previous: QueueCursor | null; next: QueueCursor | null };
  notice?: string;
};

export async function TriageInputPage({ input, choices, filter, neighbours, notice }: Props) {
  const [t, ti, fmtDate] = await Promise.all([getTranslations("knowledgeTriage"), getTranslations("inbox"), getDateFormat()]);
  const filterQuery = triageQuery(filter);
  const returnTo = triageInputPath(input.id, filter);
  const none = t("one.none");
  const when = (d: Date) => fmtDate(d, "dateTime");
  const source = (s: string | null) => (s ? ` (${t(`source.${s}`)})` : "");
  const list = (items: string[]) => (items.length ? items.join(", ") : none);
  const hidden = parseHiddenReason(input.hiddenReason);
  const facts: [string, ReactNode][] = [
    [t("one.facts.submittedAt"), when(input.submittedAt)],
    [t("one.facts.process"), input.process.title],
    [t("one.facts.phase"), input.phase ? `${input.phase.title} (${t(`phaseKind.${input.phase.kind}`)})` : none],
    [t("one.facts.channel"), [ti(`channel.${input.channel}`), input.method?.name, input.activity?.title].filter(Boolean).join(" · ")],
    [t("one.facts.language"), ti(`language.${input.language}`)],
    [t("one.facts.category"), input.category ? `${ti(`category.${input.category}`)}${source(input.categorySource)}` : ti("category.NONE")],
    [t("one.facts.topics"), list(input.tags.map((x) => `${x.tag.name}${source(x.source)}`))],
    [t("one.facts.plans"), list(input.thematicPlans.map((x) => `${x.thematicPlan.name}${source(x.source)}`))],
    [t("one.facts.status"), ti(`status.${input.status}`)],
    [
      t("one.facts.triaged"),
      input.triagedAt ? t("one.facts.triagedBy", { when: when(input.triagedAt), name: input.triagedBy?.name ?? none }) : t("one.facts.notTriaged"),
    ],
  ];
  const shownNotice = notice && (ONE_NOTICES as readonly string[]).includes(notice) ? notice : undefined;
  return (
    <>
      <div className="mb-6 space-y-3">
        <Heading level={1} data-size="lg" id="sortering-tittel" tabIndex={-1}>
          {t("one.title", { code: input.receiptCode })}
        </Heading>
      </div>
      <KnowledgeNav current={TRIAGE_PATH} />
      <nav aria-label={t("one.neighbours")} className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
        <TextLink href={`${TRIAGE_PATH}${filterQuery}`}>{t("one.back")}</TextLink>
        {neighbours.previous && (
          <TextLink id={SHORTCUT_IDS.previous} rel="prev" href={triageInputPath(neighbours.previous.id, filter)}>
            {t("one.previous")}
          </TextLink>
        )}
        {neighbours.next && (
          <TextLink id={SHORTCUT_IDS.next} rel="next" href={triageInputPath(neighbours.next.id, filter)}>
            {t("one.next")}
          </TextLink>
        )}
      </nav>
      <div className="space-y-10">
        {shownNotice && (
          <Alert data-color="success" role="status" id="sortering-melding" tabIndex={-1}>
            {t(`one.notice.${shownNotice}`)}
          </Alert>
        )}
        {shownNotice && (
          <FocusOnArrival
            targetId={shownNotice === "ferdig" || shownNotice === "skjult" ? "sortering-tittel" : "sortering-melding"}
            token={`${input.id}-${shownNotice}`}
          />
        )}
        {input.isHidden && (
          <Alert data-color="warning">
            {t("one.hidden", { reason: [hidden.reason ? ti(`hideReason.${hidden.reason}`) : "", hidden.note].filter(Boolean).join(" – ") })}
          </Alert>
        )}
        {input.heldForReview && <Alert data-color="warning">{t("one.held")}</Alert>}
        <Section id="tekst-tittel" heading={t("one.textHeading")} className="space-y-3">
          <Paragraph className="max-w-3xl whitespace-pre-wrap break-words" data-testid="triage-text">
            <InputText lang={input.language} text={input.text} block />
          </Paragraph>
          <FactList layout="stacked" rows={facts} className="max-w-3xl" />
        </Section>
        <SuggestionPanel inputId={input.id} returnTo={returnTo} />
        <TriageForm input={input} choices={choices} filterQuery={filterQuery} />
        <SimilarInputs inputId={input.id} returnTo={returnTo} />
        <details className="max-w-3xl">
          <summary className="cursor-pointer font-semibold">{t("shortcuts.heading")}</summary>
          <Paragraph data-size="sm" className="mt-2">
            {t("shortcuts.lead")}
          </Paragraph>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
            {(["digits", "n", "p", "f", "tab"] as const).map((k) => (
              <div key={k} className="contents">
                <dt>
                  <kbd>{t(`shortcuts.keys.${k}`)}</kbd>
                </dt>
                <dd>{t(`shortcuts.actions.${k}`, { count: choices.categories.length })}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      <TriageShortcuts />
    </>
  );
}
