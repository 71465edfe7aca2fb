import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { contentLang } from "@/components/content-lang";
import { Heading, Paragraph, Tag } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { UntranslatedNote } from "@/components/untranslated";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { questionsFor } from "../guiding-questions";
import type { PublicProcess } from "../queries";
import { phaseState } from "../timeline";
import { Timeline } from "./timeline";
import { UpcomingActivities } from "./upcoming-activities";

/**
 * What other features show on the page, rendered by the route: the open forms, the link to
 * «Dette har vi hørt» and the decisions. Processes sit below forms, knowledge and group-leader
 * (they import processes' guards), so the page takes them as slots instead of importing them.
 */
export type ProcessPageSlots = { forms: ReactNode; heard: ReactNode; decisions: ReactNode };

export async function ProcessPage({ process, slots, today = new Date() }: { process: PublicProcess; slots: ProcessPageSlots; today?: Date }) {
  const [t, fmtDate, locale] = await Promise.all([getTranslations("process"), getDateFormat(), getLocale()]);
  // Process texts are written in bokmål only; on other pages they say so and carry lang="nb".
  const lang = contentLang(locale);
  const day = (d: Date) => fmtDate(d, "day");
  return (
    <article className="space-y-10">
      <UntranslatedNote locale={locale} />
      <PageHeading title={process.title} lead={process.summary} lang={lang} />
      {slots.forms}
      {slots.heard}

      {(process.goal || process.thematicPlans.length > 0) && (
        <Section id="om-tittel" heading={t("about")} size="md" className="space-y-3">
          {process.goal && (
            <>
              <Heading level={3} data-size="xs">
                {t("goal")}
              </Heading>
              <Paragraph lang={lang}>{process.goal}</Paragraph>
            </>
          )}
          {process.thematicPlans.length > 0 && (
            <>
              <Heading level={3} data-size="xs">
                {t("plans")}
              </Heading>
              <ul className="list-disc space-y-1 pl-6">
                {process.thematicPlans.map(({ thematicPlan }) => (
                  <li key={thematicPlan.name} lang={lang}>
                    <strong>{thematicPlan.name}</strong>
                    {thematicPlan.description && <> – {thematicPlan.description}</>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </Section>
      )}

      {process.expectationGap && (
        <Section
          id="forventninger-tittel"
          heading={t("expectationGap")}
          size="md"
          className="space-y-3 rounded border-l-4 border-[var(--ds-color-warning-border-default)] bg-[var(--ds-color-warning-surface-tinted)] p-4"
        >
          <Paragraph className="whitespace-pre-line" lang={lang}>
            {process.expectationGap}
          </Paragraph>
        </Section>
      )}

      {process.inputUsePlan && (
        <Section id="bruk-tittel" heading={t("inputUsePlan")} size="md" className="space-y-3">
          <Paragraph className="whitespace-pre-line" lang={lang}>
            {process.inputUsePlan}
          </Paragraph>
        </Section>
      )}

      <Section id="faser-tittel" heading={t("phasesHeading")} size="md" className="space-y-4">
        <ol className="space-y-4">
          {process.phases.map((phase) => {
            const state = phaseState(phase, today);
            return (
              <li
                key={phase.id}
                aria-current={state === "current" ? "step" : undefined}
                className={`rounded border p-4 ${state === "current" ? "border-2 border-[var(--ds-color-accent-border-strong)]" : "border-[var(--ds-color-neutral-border-subtle)]"}`}
              >
                <div className="flex flex-wrap items-center gap-3">
                  <Heading level={3} data-size="sm" lang={lang}>
                    {phase.title}
                  </Heading>
                  {state === "current" && <Tag data-color="accent">{t("weAreHere")}</Tag>}
                  {state === "past" && <Tag data-color="neutral">{t("done")}</Tag>}
                </div>
                <Paragraph data-size="sm">
                  {phase.startsOn && phase.endsOn ? t("phaseDates", { from: day(phase.startsOn), to: day(phase.endsOn) }) : t("noDates")}
                </Paragraph>
                {phase.description && <Paragraph lang={lang}>{phase.description}</Paragraph>}
                {questionsFor(phase).length > 0 && (
                  <>
                    <Heading level={4} data-size="2xs" className="mt-3">
                      {t("guidingQuestions")}
                    </Heading>
                    <ul className="list-disc pl-6" lang={lang}>
                      {questionsFor(phase).map((q) => (
                        <li key={q}>{q}</li>
                      ))}
                    </ul>
                  </>
                )}
                {phase.expectedOutput && <Paragraph data-size="sm">{t("expectedOutput", { output: phase.expectedOutput })}</Paragraph>}
              </li>
            );
          })}
        </ol>
      </Section>

      <UpcomingActivities activities={process.activities} lang={lang} />

      {process.milestones.length > 0 && <Timeline milestones={process.milestones} today={today} lang={lang} />}
      {slots.decisions}

      {process.frameworkItems.length > 0 && (
        <Section id="rammer-tittel" heading={t("framework")} size="md" className="space-y-3">
          <ul className="list-disc space-y-1 pl-6">
            {process.frameworkItems.map((f) => (
              <li key={f.text} lang={lang}>
                {f.text}
              </li>
            ))}
          </ul>
        </Section>
      )}
    </article>
  );
}
