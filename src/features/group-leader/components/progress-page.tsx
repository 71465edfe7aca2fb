// The progress dashboard of one process for group leaders (issue #17 §1): where we are (the
// timeline, the next decision point), participation per party, activities per method, inputs
// in every dimension, the latest «Dette har vi hørt» and target-group coverage. Server-rendered,
// every figure from progress-queries.ts.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, numeric } from "@/components/data-table";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { ListSection } from "@/components/list-section";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { representativeness } from "@/features/population/representativeness";
import { Timeline } from "@/features/processes/components/timeline";
import { strategyFor } from "@/features/target-groups/strategy";
import type { Role } from "@/generated/prisma/enums";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { can } from "@/lib/permissions";
import { nextDecision, progressDashboard, type DashboardProcess } from "../progress-queries";
import { CoverageHeatMapFigure, PartyParticipationChart } from "./chart-figures";
import { BarChart } from "./charts/bar-chart";
import { CountTable } from "./count-table";
import { CoverageMatrix } from "./coverage-matrix";
import { DecisionsSection } from "./decisions-section";
import { RepresentationSection } from "./representation-section";

/** `landing`: shown on /gruppeleder itself (the only process), under the area's own heading. */
export async function ProgressPage({
  process,
  role,
  landing = false,
  now = new Date(),
}: {
  process: DashboardProcess;
  role: Role;
  landing?: boolean;
  now?: Date;
}) {
  const [t, tc, tch, ttg, tage, format, d] = await Promise.all([
    getTranslations("groupLeader"),
    getTranslations("areas.inputCategory"),
    getTranslations("inbox.channel"),
    getTranslations("targetGroups"),
    getTranslations("forms.ageBand"),
    getFormatter(),
    progressDashboard(process, now),
  ]);
  const fmtDate = await getDateFormat();
  const base = `/gruppeleder/prosesser/${process.slug}`;
  const day = (date: Date) => fmtDate(date, "day");
  const next = nextDecision(process.milestones, now);
  const p = d.participation;
  const everyone = p.rule === "EVERYONE";
  const notYet = p.parties.reduce((n, r) => n + r.notYet.length, 0);
  const notReached = d.coverage.filter((g) => g.flag === "NOT_REACHED");
  const partiesNotYet = p.parties.filter((r) => r.representatives > 0 && r.tookPart === 0).map((r) => r.name ?? t("participation.noParty"));
  const represented = representativeness(d.population.year, d.population.cells, d.population.districts, d.inputs.byDistrict, d.inputs.byAge, (b) => tage(b));
  const sections = [
    ["hvor", t("where.heading")],
    ["avklaring", t("decisions.heading")],
    ["deltakelse", t("participation.heading")],
    ["innspill", t("inputs.heading")],
    ["representativitet", t("representation.heading")],
    ["hort", t("heard.heading")],
    ["malgrupper", t("coverage.heading")],
  ] as const;

  return (
    <>
      {landing ? (
        <PageHeading title={t("picker.title")} lead={t("dashboard.title", { title: process.title })} />
      ) : (
        <>
          <p className="mb-4">
            <TextLink href="/gruppeleder">{t("dashboard.back")}</TextLink>
          </p>
          <PageHeading title={t("dashboard.title", { title: process.title })} lead={t("dashboard.lead")} />
        </>
      )}
      <Paragraph data-size="sm" className="mb-4">
        {t("dashboard.cutoff", { when: fmtDate(now, "dateTime") })}
      </Paragraph>
      <Card data-color="neutral" className="mb-8" data-testid="kort-fortalt">
        <Heading level={2} data-size="sm">
          {t("dashboard.summary.heading")}
        </Heading>
        <dl className="mt-3 space-y-3">
          <div>
            <dt className="font-semibold">{t("dashboard.summary.next")}</dt>
            <dd>
              {next
                ? `${next.title} – ${t("where.nextDecisionBody", { date: day(next.date), body: next.body || next.title })} (${t("where.daysLeft", { days: next.daysLeft })})`
                : t("where.noDecision")}
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("dashboard.summary.notReached")}</dt>
            <dd>
              {t("coverage.notReachedSummary", { count: notReached.length })} {notReached.map((g) => g.name).join(", ")}{" "}
              <TextLink href="#malgrupper">{t("dashboard.summary.seeMatrix")}</TextLink>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("dashboard.summary.best")}</dt>
            <dd>
              {d.bestPerHour.length === 0
                ? t("dashboard.summary.noMethods")
                : t("dashboard.summary.bestList", {
                    methods: d.bestPerHour.map((m) => `${m.name} (${format.number(m.inputsPerHour, { maximumFractionDigits: 1 })})`).join(", "),
                  })}{" "}
              <TextLink href={`/gruppeleder/metoder?prosess=${process.slug}`}>{t("dashboard.summary.seeAll")}</TextLink>
            </dd>
          </div>
          <div>
            <dt className="font-semibold">{t("dashboard.summary.parties")}</dt>
            <dd>{partiesNotYet.length ? t("case.partiesNotYet", { parties: partiesNotYet.join(", ") }) : t("case.allPartiesTookPart")}</dd>
          </div>
        </dl>
      </Card>
      <nav aria-label={t("dashboard.contents")} className="mb-8">
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          {sections.map(([id, label]) => (
            <li key={id}>
              <TextLink href={`#${id}`}>{label}</TextLink>
            </li>
          ))}
          <li>
            <TextLink href={`/gruppeleder/metoder?prosess=${process.slug}`}>{t("dashboard.links.methods")}</TextLink>
          </li>
          <li>
            <TextLink href={`/kunnskapsgrunnlag/prosess/${process.slug}`}>{t("dashboard.links.report")}</TextLink>
          </li>
        </ul>
      </nav>
      <Section id="saken" heading={t("case.downloads")} size="xs" className="mb-8 space-y-2" data-no-print>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <TextLink href={`${base}/utskrift`}>{t("case.print")}</TextLink>
          </li>
          <li>
            <TextLink href={`${base}/saksframlegg?format=docx`} download>
              {t("case.docx")}
            </TextLink>
          </li>
          <li>
            <TextLink href={`${base}/saksframlegg?format=xlsx`} download>
              {t("case.xlsx")}
            </TextLink>
          </li>
        </ul>
      </Section>

      <div className="space-y-12">
        <Section id="hvor" heading={t("where.heading")} size="md" className="space-y-4">
          <Card data-color="accent" data-testid="neste-beslutning">
            <Heading level={3} data-size="xs">
              {t("where.nextDecision")}
            </Heading>
            {next ? (
              <>
                <Paragraph>
                  <strong>{next.title}</strong> – {t("where.nextDecisionBody", { date: day(next.date), body: next.body || next.title })}
                </Paragraph>
                {next.decision && <Paragraph>{t("where.toDecide", { decision: next.decision })}</Paragraph>}
                <Paragraph>
                  <Tag data-color="accent">{t("where.daysLeft", { days: next.daysLeft })}</Tag>
                </Paragraph>
              </>
            ) : (
              <Paragraph>{t("where.noDecision")}</Paragraph>
            )}
          </Card>
          <Timeline milestones={process.milestones} today={now} />
        </Section>

        <DecisionsSection
          processId={process.id}
          canDecide={can(role, "decision.record")}
          canDesign={can(role, "process.update") && process.status !== "ARCHIVED"}
          today={now}
        />

        <Section id="deltakelse" heading={t("participation.heading")} size="md" className="space-y-4">
          <Paragraph data-testid="deltakelse-sammendrag">{t("participation.summary", p.totals)}</Paragraph>
          {everyone && <Paragraph>{t("participation.ruleEveryone", { count: notYet })}</Paragraph>}
          <Paragraph data-size="sm">{t("participation.note")}</Paragraph>
          <Paragraph>
            <TextLink href={`/gruppeleder/deltakelse/${process.id}`}>{t("dashboard.links.participation")}</TextLink>
          </Paragraph>
          <PartyParticipationChart id="diagram-deltakelse-per-parti" parties={p.parties} />
          <DataTable
            label={t("participation.table")}
            caption
            size="sm"
            rowHeader
            columns={[
              t("participation.colParty"),
              numeric(t("participation.colRepresentatives")),
              numeric(t("participation.colSignedUp")),
              numeric(t("participation.colTookPart")),
              numeric(t("participation.colEvaluated")),
              ...(everyone ? [t("participation.colNotYet")] : []),
            ]}
            rows={p.parties}
            rowKey={(r) => r.partyId ?? "uten"}
            rowProps={(r) => ({ "data-testid": `parti-${r.shortName ?? "uten"}` })}
            cells={(r) => [
              <>
                {r.name ?? t("participation.noParty")}
                {r.representatives > 0 && r.tookPart === 0 && (
                  <>
                    {" "}
                    <Tag data-color="warning" data-size="sm">
                      {t("participation.noneTookPart")}
                    </Tag>
                  </>
                )}
              </>,
              r.representatives,
              r.signedUp,
              r.tookPart,
              r.evaluated,
              ...(everyone
                ? [
                    r.representatives === 0
                      ? t("participation.noAccounts")
                      : r.notYet.length === 0
                        ? t("participation.everyone")
                        : r.notYet.map((u) => u.name).join(", "),
                  ]
                : []),
            ]}
          />
          <Heading level={3} data-size="sm">
            {t("participation.activities")}
          </Heading>
          {d.methods.length === 0 ? (
            <Paragraph>{t("participation.noActivities")}</Paragraph>
          ) : (
            <>
              <Paragraph>{t("participation.activitiesSummary", d.activityTotals)}</Paragraph>
              <DataTable
                label={t("participation.activities")}
                size="sm"
                testId="aktiviteter-per-metode"
                rowHeader
                columns={[
                  t("participation.colMethod"),
                  numeric(t("participation.colHeld")),
                  numeric(t("participation.colPlanned")),
                  numeric(t("participation.colCancelled")),
                ]}
                rows={d.methods}
                rowKey={(m) => m.method_id}
                cells={(m) => [m.name, m.held, m.planned, m.cancelled]}
              />
            </>
          )}
        </Section>

        <Section id="innspill" heading={t("inputs.heading")} size="md" className="space-y-4">
          <Heading level={3} data-size="sm">
            {t("inputs.work")}
          </Heading>
          <dl className="grid grid-cols-2 gap-4 md:grid-cols-4" data-testid="innspill-behandling">
            {(["total", "triaged", "tagged", "answered"] as const).map((k) => (
              <Card key={k} data-color="neutral">
                <dt className="text-sm">{t(`inputs.${k}`)}</dt>
                <dd className="text-3xl font-bold">{format.number(d.inputs.work[k])}</dd>
              </Card>
            ))}
          </dl>
          <Paragraph data-size="sm">{t("inputs.hiddenNote")}</Paragraph>
          {d.inputs.work.total === 0 ? (
            <Paragraph>{t("inputs.none")}</Paragraph>
          ) : (
            <div className="grid gap-6 md:grid-cols-2">
              <BarChart
                id="diagram-innspill-per-uke"
                title={t("inputs.perWeek")}
                description={t("inputs.chartDescription")}
                rows={d.inputs.perWeek.map((w) => ({ key: w.week, label: day(new Date(w.week)), values: [w.n] }))}
                series={[{ label: t("inputs.colCount") }]}
                format={(v) => format.number(v)}
              />
              <BarChart
                id="diagram-innspill-per-kanal"
                title={t("inputs.byChannel")}
                description={t("inputs.chartDescription")}
                rows={d.inputs.byChannel.map((r) => ({ key: r.key, label: tch(r.key), values: [r.n] }))}
                series={[{ label: t("inputs.colCount") }]}
                format={(v) => format.number(v)}
              />
              <CountTable
                caption={t("inputs.perWeek")}
                labelHeading={t("inputs.colWeek")}
                countHeading={t("inputs.colCount")}
                rows={d.inputs.perWeek.map((w) => ({ key: w.week, label: day(new Date(w.week)), n: w.n }))}
                testId="innspill-per-uke"
              />
              <div className="space-y-6">
                <CountTable
                  caption={t("inputs.byChannel")}
                  labelHeading={t("inputs.colChannel")}
                  countHeading={t("inputs.colCount")}
                  rows={d.inputs.byChannel.map((r) => ({ key: r.key, label: tch(r.key), n: r.n }))}
                />
                <CountTable
                  caption={t("inputs.byCategory")}
                  labelHeading={t("inputs.colCategory")}
                  countHeading={t("inputs.colCount")}
                  rows={d.inputs.byCategory.map((r) => ({ key: r.key ?? "NONE", label: tc(r.key ?? "NONE"), n: r.n }))}
                />
                <CountTable
                  caption={t("inputs.byPlan")}
                  labelHeading={t("inputs.colPlan")}
                  countHeading={t("inputs.colCount")}
                  rows={d.inputs.byPlan.map((r) => ({ key: r.id, label: r.name, n: r.n }))}
                />
                <CountTable
                  caption={t("inputs.byDistrict")}
                  labelHeading={t("inputs.colDistrict")}
                  countHeading={t("inputs.colCount")}
                  rows={d.inputs.byDistrict.map((r) => ({ key: r.key ?? "none", label: r.name ?? t("inputs.noDistrict"), n: r.n }))}
                />
              </div>
            </div>
          )}
        </Section>

        <RepresentationSection data={represented} canManage={can(role, "population.manage")} />

        <Section id="hort" heading={t("heard.heading")} size="md" className="space-y-4">
          {d.heard ? (
            <>
              <Paragraph data-size="sm">{t("heard.published", { when: day(d.heard.updatedAt) })}</Paragraph>
              <ul className="space-y-3">
                {d.heard.themes.map((theme) => (
                  <li key={theme.id}>
                    <Heading level={3} data-size="xs">
                      {theme.title}
                    </Heading>
                    <Paragraph>{theme.summary}</Paragraph>
                  </li>
                ))}
              </ul>
              <Paragraph>
                <TextLink href={`/prosesser/${process.slug}/dette-har-vi-hort`}>{t("heard.heading")}</TextLink>
              </Paragraph>
            </>
          ) : (
            <Paragraph>{t("heard.none")}</Paragraph>
          )}
        </Section>

        <ListSection
          id="malgrupper"
          heading={t("coverage.heading")}
          size="md"
          className="space-y-4"
          empty={d.coverage.length === 0}
          emptyText={t("coverage.empty")}
        >
          <>
            <Paragraph>{t("coverage.lead")}</Paragraph>
            <Card data-color={notReached.length ? "danger" : "success"} data-testid="ikke-nadd">
              <Paragraph>{t("coverage.notReachedSummary", { count: notReached.length })}</Paragraph>
              {notReached.length > 0 && (
                <ul className="list-disc pl-6">
                  {notReached.map((g) => (
                    <li key={g.id}>
                      <TextLink href={`${base}/malgrupper/${g.id}`}>{g.name}</TextLink> (
                      {ttg(`strategy.${strategyFor(g.importance as never, g.difficulty as never)}`)})
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <CoverageHeatMapFigure id="diagram-varmekart" groups={d.coverage} />
            <CoverageMatrix groups={d.coverage} base={base} />
            <DataTable
              label={t("coverage.table")}
              caption
              size="sm"
              testId="malgrupper-tabell"
              rowHeader
              columns={[
                t("coverage.colGroup"),
                t("coverage.colStrategy"),
                numeric(t("coverage.colHeld")),
                numeric(t("coverage.colPlanned")),
                numeric(t("coverage.colReached")),
                numeric(t("coverage.colInputs")),
                t("coverage.colFlag"),
              ]}
              rows={d.coverage}
              rowKey={(g) => g.id}
              cells={(g) => [
                <TextLink key="group" href={`${base}/malgrupper/${g.id}`}>
                  {g.name}
                </TextLink>,
                ttg(`strategy.${strategyFor(g.importance as never, g.difficulty as never)}`),
                g.held,
                g.planned,
                g.reached,
                g.inputs,
                g.flag ? t(`coverage.flagNote.${g.flag}`, { count: g.held + g.planned }) : "",
              ]}
            />
          </>
        </ListSection>
      </div>
    </>
  );
}
