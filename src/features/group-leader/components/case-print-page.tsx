// The case for the council as a page made for paper (issue #17 §3): the same model as the .docx
// and the .xlsx (case/council-case.ts), numbered sections with a contents list, every table with
// a caption, the charts (participation per party, inputs per week, methods, the coverage heat
// map); print.css-style rules in globals.css give A4, page breaks before each section and no
// site navigation. Download links for the .docx/.xlsx are on screen only.
import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table";
import { Heading, Paragraph } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import type { UiLocale } from "@/lib/i18n/config";
import { formatCell, type CaseTable, type CouncilCase } from "../case/council-case";
import { CoverageHeatMapFigure, PartyParticipationChart } from "./chart-figures";
import { BarChart } from "./charts/bar-chart";

function PrintTable({ tbl, locale }: { tbl: CaseTable; locale: UiLocale }) {
  return (
    <DataTable
      label={tbl.title}
      caption
      className="print-table"
      size="sm"
      zebra={false}
      testId={`sak-tabell-${tbl.id}`}
      rowHeader
      columns={tbl.columns.map((c) => ({ label: c.label, numeric: c.kind !== "text" }))}
      rows={tbl.rows.map((cells, i) => ({ key: String(i), cells }))}
      rowKey={(r) => r.key}
      cells={(r) => r.cells.map((v, i) => formatCell(v, tbl.columns[i]!.kind, locale))}
    />
  );
}

/** A chart of one numeric column of a case table, when the table has rows. */
function ColumnChart({ tbl, column, locale, description }: { tbl: CaseTable | undefined; column: number; locale: UiLocale; description: string }) {
  if (!tbl || tbl.rows.length === 0) return null;
  const rows = tbl.rows.filter((r) => typeof r[column] === "number");
  return (
    <BarChart
      id={`diagram-${tbl.id.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`}
      title={`${tbl.title}: ${tbl.columns[column]!.label}`}
      description={description}
      rows={rows.map((r, i) => ({ key: String(i), label: String(r[0]), values: [r[column] as number] }))}
      series={[{ label: tbl.columns[column]!.label }]}
      format={(v) => formatCell(v, tbl.columns[column]!.kind, locale)}
    />
  );
}

export async function CasePrintPage({ c, locale }: { c: CouncilCase; locale: UiLocale }) {
  const t = await getTranslations("groupLeader.case");
  const base = `/gruppeleder/prosesser/${c.slug}`;
  const find = (id: string) => c.tables.find((x) => x.id === id);
  return (
    <article className="case-print space-y-8">
      <p data-no-print>
        <TextLink href={base}>{t("link")}</TextLink>
      </p>
      <Heading level={1} data-size="lg">
        {c.title}
      </Heading>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        {c.meta.map((m) => (
          <div key={m.label} className="contents">
            <dt className="font-semibold">{m.label}</dt>
            <dd className="break-all">{m.value}</dd>
          </div>
        ))}
      </dl>
      <div className="space-y-2" data-no-print>
        <Paragraph data-size="sm">{t("printHint")}</Paragraph>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <TextLink href={`${base}/saksframlegg?format=docx`} download>
              {t("docx")}
            </TextLink>
          </li>
          <li>
            <TextLink href={`${base}/saksframlegg?format=xlsx`} download>
              {t("xlsx")}
            </TextLink>
          </li>
        </ul>
      </div>
      <nav aria-labelledby="innhold">
        <Heading level={2} data-size="sm" id="innhold">
          {t("contents")}
        </Heading>
        <ol className="list-decimal pl-6">
          {c.sections.map((s) => (
            <li key={s.id}>
              <TextLink href={`#sak-${s.id}`}>{s.heading}</TextLink>
            </li>
          ))}
        </ol>
      </nav>
      {c.sections.map((s, i) => (
        <section key={s.id} aria-labelledby={`sak-${s.id}`} className="case-section space-y-4">
          <Heading level={2} data-size="md" id={`sak-${s.id}`}>
            {i + 1}. {s.heading}
          </Heading>
          {s.paragraphs.map((p, pi) => (
            <Paragraph key={pi}>{p}</Paragraph>
          ))}
          {s.id === "hort" && <ColumnChart tbl={find("Innspill per uke")} column={1} locale={locale} description={t("chartTable")} />}
          {s.id === "gjort" && <PartyParticipationChart id="diagram-sak-deltakelse-per-parti" parties={c.figures.parties} />}
          {s.id === "malgrupper" && c.figures.coverage.length > 0 && <CoverageHeatMapFigure id="diagram-sak-varmekart" groups={c.figures.coverage} />}
          {s.id === "metoder" && <ColumnChart tbl={find("Metoder")} column={7} locale={locale} description={t("chartTable")} />}
          {(s.bullets ?? []).map((b) => (
            <div key={b.heading}>
              <Heading level={3} data-size="xs">
                {b.heading}
              </Heading>
              <ul className="list-disc pl-6">
                {b.items.map((item, ii) => (
                  <li key={ii}>{item}</li>
                ))}
              </ul>
            </div>
          ))}
          {s.tables.map((tbl) => (
            <PrintTable key={tbl.id} tbl={tbl} locale={locale} />
          ))}
        </section>
      ))}
    </article>
  );
}
