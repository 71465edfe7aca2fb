// /admin/befolkning: who lives here, per district and age band (issue #17, representativeness).
// Import a CSV in Statistics Norway's layout, or type or correct a year's figures in a grid (one
// number field per district × age band; an empty field is «not known»). Both replace the year.
// The current figures are shown as a table with totals. Works without JavaScript.
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { DataTable, numeric } from "@/components/data-table";
import { Heading, Paragraph } from "@/components/ds";
import { FileField } from "@/components/file-field";
import { TextField } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { db } from "@/lib/db";
import { importPopulationAction, savePopulationAction } from "../actions";
import { populationForYear, populationYears } from "../queries";
import { AGE_BANDS, cellName, WHOLE_MUNICIPALITY } from "../schemas";

export async function PopulationPage({ year: asked }: { year?: number }) {
  const [t, tage, format, years, districts] = await Promise.all([
    getTranslations("population"),
    getTranslations("forms.ageBand"),
    getFormatter(),
    populationYears(),
    db.district.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const { year, cells } = await populationForYear(asked && years.includes(asked) ? asked : undefined);
  const value = (districtId: string | null, band: string) => cells.find((c) => c.districtId === districtId && c.ageBand === band)?.persons;
  const areas = [
    ...districts.map((d) => ({ key: d.id, id: d.id as string | null, name: d.name })),
    { key: WHOLE_MUNICIPALITY, id: null, name: t("wholeMunicipality") },
  ];
  const rowTotal = (id: string | null) => AGE_BANDS.reduce((n, b) => n + (value(id, b) ?? 0), 0);
  const n = (v: number | undefined) => (v === undefined ? "–" : format.number(v));
  const formYear = year ?? new Date().getFullYear();

  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {years.length > 1 && (
        <nav aria-label={t("years")} className="mb-6">
          <ul className="flex flex-wrap gap-x-4">
            {years.map((y) => (
              <li key={y}>
                <TextLink href={`/admin/befolkning?ar=${y}`} aria-current={y === year ? "page" : undefined}>
                  {y}
                </TextLink>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {/* Not a labelled region: the table's own scroll region carries the same name. */}
      <section className="mb-12 space-y-4">
        <Heading level={2} data-size="sm" id="tall">
          {year === null ? t("noneYet") : t("figuresFor", { year })}
        </Heading>
        {year !== null && (
          <DataTable
            label={t("figuresFor", { year })}
            caption
            size="sm"
            testId="befolkning-tabell"
            rowHeader
            columns={[t("area"), ...AGE_BANDS.map((b) => numeric(tage(b))), numeric(t("total"))]}
            rows={areas}
            rowKey={(a) => a.key}
            cells={(a) => [a.name, ...AGE_BANDS.map((b) => n(value(a.id, b))), n(rowTotal(a.id) || undefined)]}
          />
        )}
      </section>

      <Section id="importer" heading={t("import.heading")} className="mb-12 max-w-3xl space-y-4">
        <Paragraph>{t("import.intro")}</Paragraph>
        <pre className="overflow-x-auto rounded bg-gray-100 p-3 text-sm" lang="nb">
          {t("import.example")}
        </pre>
        <ul className="list-disc space-y-1 pl-6">
          <li>{t("import.ruleRegion")}</li>
          <li>{t("import.ruleAge")}</li>
          <li>{t("import.ruleYear")}</li>
          <li>{t("import.ruleEncoding")}</li>
          <li>{t("import.ruleReplace")}</li>
        </ul>
        <ActionForm action={importPopulationAction} submitLabel={t("import.submit")} successMessage={t("import.submit")} idPrefix="import">
          <FileField name="file" label={t("import.file")} accept=".csv,text/csv" />
          <TextField name="year" label={t("import.year")} description={t("import.yearHelp")} inputMode="numeric" maxLength={4} className="max-w-32" />
        </ActionForm>
      </Section>

      <Section id="skriv" heading={t("manual.heading")} className="space-y-4">
        <Paragraph>{t("manual.intro")}</Paragraph>
        <ActionForm action={savePopulationAction} submitLabel={t("manual.submit")} successMessage={t("manual.saved")} idPrefix="manuelt" className="space-y-6">
          <TextField name="year" label={t("manual.year")} defaultValue={formYear} inputMode="numeric" maxLength={4} required className="max-w-32" />
          {areas.map((a) => (
            <fieldset key={a.key} className="space-y-2">
              <legend className="font-semibold">{a.name}</legend>
              <div className="grid grid-cols-2 gap-3 sm:grid-cols-5">
                {AGE_BANDS.map((b) => (
                  <TextField key={b} name={cellName(a.key, b)} label={tage(b)} defaultValue={value(a.id, b) ?? ""} inputMode="numeric" maxLength={9} />
                ))}
              </div>
            </fieldset>
          ))}
        </ActionForm>
      </Section>
    </>
  );
}
