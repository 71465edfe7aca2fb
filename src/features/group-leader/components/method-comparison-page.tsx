// /gruppeleder/metoder: the method comparison for the council. A GET form filters (process,
// period, target group) and the column headers are links that sort on the server, so it all
// works without JavaScript. Below the table: per method what politicians wrote and the three
// framework criteria — or plainly «for lite data».
import { getFormatter, getTranslations } from "next-intl/server";
import { Button, Card, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { compareMethods, comparisonFilterOptions, sortMethods } from "../methods/comparison-queries";
import { SORT_COLUMNS, type MethodFilter, type SortColumn } from "../methods/filters";
import { BarChart } from "./charts/bar-chart";

const inputClass = "ds-input";

export async function MethodComparisonPage({ filter, backHref }: { filter: MethodFilter; backHref: string }) {
  const [t, format, { processes, process, groups }] = await Promise.all([
    getTranslations("groupLeader.methods"),
    getFormatter(),
    comparisonFilterOptions(filter.prosess),
  ]);
  const effective = { ...filter, malgruppe: groups.some((g) => g.id === filter.malgruppe) ? filter.malgruppe : "" };
  const rows = sortMethods(await compareMethods(effective, process?.id ?? null), filter.sorter, filter.retning);
  const n = (v: number | null, digits = 1) => (v == null ? "–" : format.number(v, { maximumFractionDigits: digits }));
  const dateValue = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : "");
  const sortHref = (column: SortColumn) => {
    const q = new URLSearchParams();
    if (process) q.set("prosess", process.slug);
    if (filter.fra) q.set("fra", dateValue(filter.fra));
    if (filter.til) q.set("til", dateValue(filter.til));
    if (effective.malgruppe) q.set("malgruppe", effective.malgruppe);
    q.set("sorter", column);
    q.set("retning", filter.sorter === column && filter.retning === "desc" ? "asc" : column === "name" ? "asc" : "desc");
    return `/gruppeleder/metoder?${q}`;
  };
  const header = (column: SortColumn) => {
    const active = filter.sorter === column;
    return (
      <TableHeaderCell
        key={column}
        scope="col"
        aria-sort={active ? (filter.retning === "asc" ? "ascending" : "descending") : undefined}
        className={column === "name" ? "" : "text-right"}
      >
        <TextLink href={sortHref(column)}>
          {t(`col.${column}`)}
          {active ? <span aria-hidden="true">{filter.retning === "asc" ? " ▲" : " ▼"}</span> : null}
          <span className="sr-only">{active ? `, ${filter.retning === "asc" ? t("sortedAsc") : t("sortedDesc")}` : ""}</span>
        </TextLink>
      </TableHeaderCell>
    );
  };
  return (
    <>
      <p className="mb-4">
        <TextLink href={backHref}>{t("back")}</TextLink>
      </p>
      <PageHeading title={process ? `${t("title")}: ${process.title}` : t("title")} lead={t("lead")} />
      <form method="get" action="/gruppeleder/metoder" className="mb-8 space-y-4" aria-labelledby="avgrens">
        <Heading level={2} data-size="sm" id="avgrens">
          {t("filter")}
        </Heading>
        <div className="grid gap-4 md:grid-cols-4">
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-prosess">
              {t("process")}
            </label>
            <select className={inputClass} id="filter-prosess" name="prosess" defaultValue={process?.slug ?? ""}>
              <option value="">{t("allProcesses")}</option>
              {processes.map((p) => (
                <option key={p.id} value={p.slug}>
                  {p.title}
                </option>
              ))}
            </select>
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-fra">
              {t("from")}
            </label>
            <input className={inputClass} type="date" id="filter-fra" name="fra" defaultValue={dateValue(filter.fra)} />
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-til">
              {t("to")}
            </label>
            <input className={inputClass} type="date" id="filter-til" name="til" defaultValue={dateValue(filter.til)} />
          </div>
          <div className="ds-field">
            <label className="ds-label" htmlFor="filter-malgruppe">
              {t("targetGroup")}
            </label>
            <select
              className={inputClass}
              id="filter-malgruppe"
              name="malgruppe"
              defaultValue={effective.malgruppe}
              aria-describedby={process ? undefined : "filter-malgruppe-hjelp"}
            >
              <option value="">{t("allGroups")}</option>
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
            {!process && (
              <p className="text-sm" id="filter-malgruppe-hjelp">
                {t("targetGroupHelp")}
              </p>
            )}
          </div>
        </div>
        <input type="hidden" name="sorter" value={filter.sorter} />
        <input type="hidden" name="retning" value={filter.retning} />
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">{t("show")}</Button>
          <TextLink href="/gruppeleder/metoder">{t("reset")}</TextLink>
        </div>
      </form>

      <Paragraph data-size="sm" className="mb-4">
        {t("note")}
      </Paragraph>
      {rows.length === 0 ? (
        <Paragraph>{t("none")}</Paragraph>
      ) : (
        <>
          <div className="mb-6">
            <BarChart
              id="diagram-metoder"
              title={t("chartTitle")}
              description={t("chartDescription")}
              rows={rows
                .filter((r) => r.inputsPerHour !== null || r.participantsPerHour !== null)
                .map((r) => ({ key: r.methodId, label: r.name, values: [r.inputsPerHour ?? 0, r.participantsPerHour ?? 0] }))}
              series={[{ label: t("col.inputsPerHour") }, { label: t("col.participantsPerHour") }]}
              format={(v) => n(v, 2)}
            />
          </div>
          <div className="overflow-x-auto" role="region" aria-label={t("table")} tabIndex={0}>
            <Table zebra data-size="sm" data-testid="metoder-tabell">
              <caption className="text-left font-semibold">{t("table")}</caption>
              <TableHead>
                <TableRow>{SORT_COLUMNS.map(header)}</TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.methodId}>
                    <TableHeaderCell scope="row" className="font-normal">
                      <TextLink href={`#metode-${r.methodId}`}>{r.name}</TextLink>
                    </TableHeaderCell>
                    <TableCell className="text-right">{r.held}</TableCell>
                    <TableCell className="text-right">{r.politicians}</TableCell>
                    <TableCell className="text-right">{n(r.hours)}</TableCell>
                    <TableCell className="text-right">{n(r.cost, 0)}</TableCell>
                    <TableCell className="text-right">{n(r.participants, 0)}</TableCell>
                    <TableCell className="text-right">{r.inputs}</TableCell>
                    <TableCell className="text-right">{n(r.inputsPerHour, 2)}</TableCell>
                    <TableCell className="text-right">{n(r.participantsPerHour, 2)}</TableCell>
                    <TableCell className="text-right">{t("groupsValue", { groups: r.groups, prioritised: r.prioritised })}</TableCell>
                    <TableCell className="text-right">
                      {r.wouldUseAgain == null ? "–" : t("againValue", { value: n(r.wouldUseAgain), n: r.evaluations })}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <Section id="hva-de-sier" heading={t("details")} size="md" className="mt-10 space-y-4">
            <Paragraph data-size="sm">{t("criteriaNote")}</Paragraph>
            <ul className="space-y-4">
              {rows.map((r) => (
                <li key={r.methodId} id={`metode-${r.methodId}`}>
                  <Card data-color="neutral" className="space-y-3" data-testid={`metode-${r.name}`}>
                    <Heading level={3} data-size="xs">
                      {r.name}
                    </Heading>
                    {r.criteria ? (
                      <dl className="grid gap-1 sm:grid-cols-[auto_1fr] sm:gap-x-4">
                        {(["transferable", "targetGroups", "demand"] as const).map((c) => (
                          <div key={c} className="contents">
                            <dt>{t(`criterion.${c}`)}</dt>
                            <dd className="font-semibold">{t(`score.${r.criteria![c]}`)}</dd>
                          </div>
                        ))}
                      </dl>
                    ) : (
                      <Paragraph>{t("tooLittle", { count: r.evaluations })}</Paragraph>
                    )}
                    {(["well", "lessWell", "transferable"] as const).map((k) => (
                      <div key={k}>
                        <Paragraph data-size="sm">
                          <strong>{t(k)}</strong>
                        </Paragraph>
                        {r.quotes[k].length === 0 ? (
                          <Paragraph data-size="sm">{t("noQuotes")}</Paragraph>
                        ) : (
                          <ul className="list-disc pl-6">
                            {r.quotes[k].map((q, i) => (
                              <li key={i}>
                                <q>{q}</q>
                              </li>
                            ))}
                          </ul>
                        )}
                      </div>
                    ))}
                  </Card>
                </li>
              ))}
            </ul>
          </Section>
        </>
      )}
    </>
  );
}
