// "Hva vi har hørt": per insight category a table of topics (points, mentioned by, share)
// and the representative quotes per topic. Quote texts come from buildReport, which only
// takes them through publicText(). On screen each topic's quotes sit in a closed <details>
// whose summary says how many there are (the page was ~59 000 px tall at 390 px, issue #16
// item 16a); printing opens them (report-print.css, OpenQuotesForPrint) and `?sitater=alle`
// renders them open without JavaScript.
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";
import { InputText } from "@/components/input-text";
import { Section } from "@/components/section";
import type { InputCategory } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { Report } from "../build-report";
import { CountTable } from "./count-table";

export const categoryAnchor = (category: InputCategory | null) => `kategori-${(category ?? "none").toLowerCase().replace("_", "-")}`;

export async function HeardSection({ report, id, openQuotes = false }: { report: Report; id: string; openQuotes?: boolean }) {
  const [t, tc, format, fmtDate] = await Promise.all([
    getTranslations("knowledgeReport"),
    getTranslations("areas.inputCategory"),
    getFormatter(),
    getDateFormat(),
  ]);
  const n = (v: number) => format.number(v);
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const day = (d: Date) => fmtDate(d, "dateShort");
  return (
    <Section id={id} heading={t("sections.heard")} size="md" className="mt-12 space-y-6" data-report-section>
      <Paragraph>{t("heard.intro")}</Paragraph>
      {report.categories.length === 0 && <Paragraph>{t("heard.empty")}</Paragraph>}
      {report.categories.map((c) => {
        const label = tc(c.category ?? "NONE");
        const anchor = categoryAnchor(c.category);
        const quoted = c.topics.filter((tp) => tp.quotes.length > 0);
        return (
          <section key={anchor} aria-labelledby={anchor} className="space-y-4" data-report-category>
            <Heading level={3} data-size="sm" id={anchor}>
              {label}
            </Heading>
            <Paragraph data-size="sm">{t("heard.categoryCounts", { points: c.points, inputs: n(c.inputs) })}</Paragraph>
            <CountTable
              caption={t("heard.caption", { category: label })}
              columns={[
                { header: t("heard.topic") },
                { header: t("heard.points"), numeric: true },
                { header: t("heard.mentions"), numeric: true },
                { header: t("heard.share"), numeric: true },
              ]}
              rows={c.topics.map((tp) => ({ key: tp.topicId ?? "none", cells: [tp.topic ?? t("heard.noTopic"), n(tp.points), n(tp.inputs), pct(tp.share)] }))}
            />
            {quoted.length === 0 ? (
              <Paragraph data-size="sm">{t("heard.noQuotes")}</Paragraph>
            ) : (
              quoted.map((tp) => (
                <details key={tp.topicId ?? "none"} className="space-y-2" open={openQuotes} data-report-quotes>
                  <summary className="ds-link cursor-pointer font-semibold">
                    {tp.topic ? t("heard.quotesHeading", { topic: tp.topic }) : t("heard.quotesHeadingNoTopic")} (
                    {t("heard.quoteCount", { count: tp.quotes.length })})
                  </summary>
                  <ul className="mt-2 space-y-3">
                    {tp.quotes.map((q) => (
                      <li key={q.inputId}>
                        <figure className="border-l-4 border-[var(--ds-color-neutral-border-default)] pl-4" data-report-quote>
                          <blockquote className="whitespace-pre-line">
                            «<InputText lang={q.language} text={q.text} />»
                          </blockquote>
                          <figcaption className="mt-1 text-sm">
                            {t("heard.mentionedBy", { count: n(q.mentions) })} · <time dateTime={q.submittedAt.toISOString()}>{day(q.submittedAt)}</time>
                          </figcaption>
                        </figure>
                      </li>
                    ))}
                  </ul>
                </details>
              ))
            )}
          </section>
        );
      })}
    </Section>
  );
}
