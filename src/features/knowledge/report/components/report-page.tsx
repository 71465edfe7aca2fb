// The kunnskapsgrunnlag report page: one h1, a table of contents, an h2 per part (each part
// starts a new printed page, see report-print.css), tables with captions, numbers in the
// reader's locale (nb-NO by default) and the time it was generated in Oslo time.
import { getFormatter, getTranslations } from "next-intl/server";
import { Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { KnowledgeNav } from "@/features/knowledge/components/knowledge-nav";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { Report } from "../build-report";
import { ACTIVITIES_SHOWN, topRows } from "../top-rows";
import { CountTable } from "./count-table";
import { categoryAnchor, HeardSection } from "./heard-section";
import { OpenQuotesForPrint } from "./open-quotes-for-print";
import { ReportTools, type ProcessChoice } from "./report-tools";

export const REPORT_HOME = "/kunnskapsgrunnlag";

export const SECTION_IDS = { summary: "sammendrag", heard: "hva-vi-har-hort", coverage: "hvem-vi-har-hort-fra", sources: "aktiviteter-og-metoder" } as const;

type Props = { report: Report; path: string; processChoices?: ProcessChoice[]; openQuotes?: boolean };

export async function ReportPage({ report, path, processChoices, openQuotes = false }: Props) {
  const [t, tc, tch, format, fmtDate] = await Promise.all([
    getTranslations("knowledgeReport"),
    getTranslations("areas.inputCategory"),
    getTranslations("inbox.channel"),
    getFormatter(),
    getDateFormat(),
  ]);
  const s = report.scope;
  const n = (v: number) => format.number(v);
  const pct = (v: number) => format.number(v, { style: "percent", maximumFractionDigits: 1 });
  const day = (d: Date) => fmtDate(d, "dateShort");
  const sum = report.summary;
  const activities = topRows(report.sources.activities, ACTIVITIES_SHOWN);
  const title = s.kind === "plan" ? t("page.planTitle", { name: s.plan.name }) : t("page.processTitle", { title: s.process.title });
  const lead = s.kind === "plan" ? s.plan.description : s.process.summary;
  const filter = s.kind === "plan" && s.process ? `&prosess=${encodeURIComponent(s.process.slug)}` : "";
  const countColumns = (first: string) => [{ header: first }, { header: t("coverage.inputs"), numeric: true }, { header: t("coverage.share"), numeric: true }];
  const countRows = (rows: { key: string | null; label: string | null; inputs: number; share: number }[], label: (v: string | null) => string) =>
    rows.map((r) => ({ key: r.key ?? "none", cells: [label(r.label), n(r.inputs), pct(r.share)] }));

  return (
    <article data-report>
      <PageHeading title={title} lead={lead || undefined} />
      <KnowledgeNav current={REPORT_HOME} />
      <div className="mb-6 space-y-2">
        <Paragraph data-size="sm">
          {s.kind === "plan" ? t("page.planKind") : t("page.processKind")}
          {s.kind === "plan" && s.process ? ` · ${t("page.onlyProcess", { title: s.process.title })}` : ""}
        </Paragraph>
        <Paragraph data-size="sm">
          <time dateTime={report.generatedAt.toISOString()}>{t("page.generated", { date: fmtDate(report.generatedAt, "dateTime") })}</time>
        </Paragraph>
        <Paragraph data-size="sm" data-no-print>
          <TextLink href={REPORT_HOME}>{t("page.allReports")}</TextLink>
        </Paragraph>
      </div>
      <ReportTools
        path={path}
        exportHref={`${path}/eksport?format=`}
        filterSuffix={filter}
        processChoices={processChoices}
        currentProcess={s.kind === "plan" ? (s.process?.slug ?? "") : null}
        quotesOpen={openQuotes}
      />
      <OpenQuotesForPrint />

      <nav aria-labelledby="innhold" className="my-8" data-report-toc>
        <Heading level={2} data-size="xs" id="innhold" className="mb-2">
          {t("toc.heading")}
        </Heading>
        <ol className="ds-list list-decimal">
          <li>
            <TextLink href={`#${SECTION_IDS.summary}`}>{t("sections.summary")}</TextLink>
          </li>
          <li>
            <TextLink href={`#${SECTION_IDS.heard}`}>{t("sections.heard")}</TextLink>
            {report.categories.length > 0 && (
              <ul className="ds-list mt-2 list-disc">
                {report.categories.map((c) => (
                  <li key={c.category ?? "NONE"}>
                    <TextLink href={`#${categoryAnchor(c.category)}`}>{tc(c.category ?? "NONE")}</TextLink>
                  </li>
                ))}
              </ul>
            )}
          </li>
          <li>
            <TextLink href={`#${SECTION_IDS.coverage}`}>{t("sections.coverage")}</TextLink>
          </li>
          <li>
            <TextLink href={`#${SECTION_IDS.sources}`}>{t("sections.sources")}</TextLink>
          </li>
        </ol>
      </nav>

      <Section id={SECTION_IDS.summary} heading={t("sections.summary")} size="md" className="space-y-4" data-report-section>
        {sum.inputs === 0 && <Paragraph>{t("summary.empty")}</Paragraph>}
        <CountTable
          caption={t("summary.caption")}
          columns={[{ header: t("summary.figure") }, { header: t("summary.value"), numeric: true }]}
          rows={[
            { key: "inputs", cells: [t("summary.inputs"), n(sum.inputs)] },
            { key: "points", cells: [t("summary.points"), n(sum.points)] },
            {
              key: "period",
              cells: [
                t("summary.period"),
                sum.firstAt && sum.lastAt ? t("summary.periodValue", { from: day(sum.firstAt), to: day(sum.lastAt) }) : t("summary.noPeriod"),
              ],
            },
            ...(s.kind === "plan" ? [{ key: "processes", cells: [t("summary.processes"), n(sum.processes)] }] : []),
            { key: "activities", cells: [t("summary.activities"), n(sum.activities)] },
            { key: "methods", cells: [t("summary.methods"), n(sum.methods)] },
            { key: "uncategorised", cells: [t("summary.uncategorised"), n(sum.uncategorised)] },
          ]}
        />
        <Paragraph data-size="sm">{t("summary.explain")}</Paragraph>
      </Section>

      <HeardSection report={report} id={SECTION_IDS.heard} openQuotes={openQuotes} />

      <Section id={SECTION_IDS.coverage} heading={t("sections.coverage")} size="md" className="mt-12 space-y-6" data-report-section>
        <Paragraph>{t("coverage.intro")}</Paragraph>
        {report.coverage.targetGroups.length > 0 ? (
          <CountTable
            caption={t("coverage.caption", { what: t("coverage.targetGroups").toLowerCase() })}
            columns={countColumns(t("coverage.targetGroup"))}
            rows={countRows(report.coverage.targetGroups, (v) => v ?? t("coverage.notGiven"))}
          />
        ) : (
          <Paragraph>{t("coverage.noTargetGroups")}</Paragraph>
        )}
        <CountTable
          caption={t("coverage.caption", { what: t("coverage.districts").toLowerCase() })}
          columns={countColumns(t("coverage.district"))}
          rows={countRows(report.coverage.districts, (v) => v ?? t("coverage.notGiven"))}
        />
        <CountTable
          caption={t("coverage.caption", { what: t("coverage.channels").toLowerCase() })}
          columns={countColumns(t("coverage.channel"))}
          rows={countRows(report.coverage.channels, (v) => (v ? tch(v) : t("coverage.notGiven")))}
        />
      </Section>

      <Section id={SECTION_IDS.sources} heading={t("sections.sources")} size="md" className="mt-12 space-y-6" data-report-section>
        <Paragraph>{t("sources.intro")}</Paragraph>
        {sum.inputs === 0 ? (
          <Paragraph>{t("sources.empty")}</Paragraph>
        ) : (
          <>
            <CountTable
              caption={t("sources.caption", { what: t("sources.methods").toLowerCase() })}
              columns={countColumns(t("sources.method"))}
              rows={countRows(report.sources.methods, (v) => v ?? t("sources.noMethod"))}
            />
            <CountTable
              caption={t("sources.caption", { what: t("sources.activities").toLowerCase() })}
              columns={[
                { header: t("sources.activity") },
                { header: t("sources.method") },
                { header: t("sources.date") },
                { header: t("sources.inputs"), numeric: true },
                { header: t("sources.share"), numeric: true },
              ]}
              rows={[
                ...activities.shown.map((a) => ({
                  key: a.key ?? "none",
                  cells: [a.label ?? t("sources.noActivity"), a.method ?? "", a.startsAt ? day(a.startsAt) : "", n(a.inputs), pct(a.share)],
                })),
                ...(activities.rest
                  ? [
                      {
                        key: "rest",
                        cells: [
                          t("sources.otherActivities", { count: n(activities.rest.count) }),
                          "",
                          "",
                          n(activities.rest.inputs),
                          pct(activities.rest.share),
                        ],
                      },
                    ]
                  : []),
              ]}
            />
            {activities.rest && (
              <Paragraph data-size="sm">{t("sources.activitiesShown", { shown: ACTIVITIES_SHOWN, total: n(report.sources.activities.length) })}</Paragraph>
            )}
          </>
        )}
      </Section>
    </article>
  );
}
