// «Hvem hører vi fra?» (issue #17 §1, representativeness): each district's and age band's share
// of the population against its share of the inputs where that is known, with under-represented
// rows marked in words, and the inputs with no district / age band counted in plain sight.
// Figures from representativeness.ts; the population from /admin/befolkning.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, numeric } from "@/components/data-table";
import { Alert, Heading, Paragraph, Tag } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import type { Representativeness, ShareTable } from "@/features/population/representativeness";
import { ShareBars } from "./charts/share-bars";

export async function RepresentationSection({ data, canManage }: { data: Representativeness; canManage: boolean }) {
  const [t, format] = await Promise.all([getTranslations("groupLeader.representation"), getFormatter()]);
  const pct = (v: number | null) => (v === null ? "–" : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const n = (v: number) => format.number(v);

  const shareTable = <K extends string>(
    id: string,
    kind: "district" | "age",
    caption: string,
    colName: string,
    s: ShareTable<K> & { spanningInputs?: number },
    unknownLabel: string,
  ) => (
    <div className="space-y-3">
      <Heading level={3} data-size="sm" id={id}>
        {caption}
      </Heading>
      <Paragraph data-testid={`${id}-ukjent`}>{t(`unknownNote.${kind}`, { unknown: s.unknownInputs, known: s.knownInputs })}</Paragraph>
      {s.thin && <Paragraph data-size="sm">{t("thin", { count: s.knownInputs })}</Paragraph>}
      <ShareBars
        title={caption}
        description={t("chartDescription")}
        rows={s.rows.map((r) => ({ key: r.key, label: r.name, a: r.populationShare ?? 0, b: r.inputShare ?? 0, flagged: r.under }))}
        aLabel={t("colPopulationShare")}
        bLabel={t("colInputShare")}
        flagLabel={t("under")}
        format={pct}
      />
      <DataTable
        label={caption}
        caption
        size="sm"
        testId={id}
        rowHeader
        columns={[colName, numeric(t("colPopulation")), numeric(t("colPopulationShare")), numeric(t("colInputs")), numeric(t("colInputShare")), t("colMark")]}
        rows={[
          ...s.rows.map((r) => ({
            key: r.key,
            cells: [
              r.name,
              r.population > 0 ? n(r.population) : t("noFigure"),
              pct(r.populationShare),
              n(r.inputs),
              pct(r.inputShare),
              r.under && (
                <Tag data-color="warning" data-size="sm">
                  {t("under")}
                </Tag>
              ),
            ],
          })),
          { key: "unknown", cells: [unknownLabel, "–", "–", n(s.unknownInputs), t("notInShares"), null] },
          ...(s.spanningInputs !== undefined ? [{ key: "spanning", cells: [t("spanningAge"), "–", "–", n(s.spanningInputs), t("notInShares"), null] }] : []),
        ]}
        rowKey={(r) => r.key}
        cells={(r) => r.cells}
      />
    </div>
  );

  return (
    <Section id="representativitet" heading={t("heading")} size="md" className="space-y-4 print-break-before">
      {data.year === null ? (
        <Alert data-color="info">
          <Paragraph>{t("noPopulation")}</Paragraph>
          {canManage && (
            <Paragraph>
              <TextLink href="/admin/befolkning">{t("manage")}</TextLink>
            </Paragraph>
          )}
        </Alert>
      ) : (
        <>
          <Paragraph>{t("lead", { year: data.year, ratio: format.number(0.8, { style: "percent" }) })}</Paragraph>
          {canManage && (
            <Paragraph data-size="sm">
              <TextLink href="/admin/befolkning">{t("manage")}</TextLink>
            </Paragraph>
          )}
          {shareTable("representativitet-bydel", "district", t("districts"), t("colDistrict"), data.districts, t("unknownDistrict"))}
          {shareTable("representativitet-alder", "age", t("ages"), t("colAge"), data.ages, t("unknownAge"))}
          {data.ages.source === "municipality" && <Paragraph data-size="sm">{t("agesFromMunicipality")}</Paragraph>}
        </>
      )}
    </Section>
  );
}
