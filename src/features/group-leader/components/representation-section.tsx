// «Hvem hører vi fra?» (issue #17 §1, representativeness): each district's and age band's share
// of the population against its share of the inputs where that is known, with under-represented
// rows marked in words, and the inputs with no district / age band counted in plain sight.
// Figures from representativeness.ts; the population from /admin/befolkning.
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow, Tag } from "@/components/ds";
import { NumberHeader } from "@/components/number-header";
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
      <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
        <Table zebra data-size="sm" data-testid={id}>
          <caption className="text-left font-semibold">{caption}</caption>
          <TableHead>
            <TableRow>
              <TableHeaderCell scope="col">{colName}</TableHeaderCell>
              <NumberHeader>{t("colPopulation")}</NumberHeader>
              <NumberHeader>{t("colPopulationShare")}</NumberHeader>
              <NumberHeader>{t("colInputs")}</NumberHeader>
              <NumberHeader>{t("colInputShare")}</NumberHeader>
              <TableHeaderCell scope="col">{t("colMark")}</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {s.rows.map((r) => (
              <TableRow key={r.key}>
                <TableHeaderCell scope="row" className="font-normal">
                  {r.name}
                </TableHeaderCell>
                <TableCell className="text-right">{r.population > 0 ? n(r.population) : t("noFigure")}</TableCell>
                <TableCell className="text-right">{pct(r.populationShare)}</TableCell>
                <TableCell className="text-right">{n(r.inputs)}</TableCell>
                <TableCell className="text-right">{pct(r.inputShare)}</TableCell>
                <TableCell>
                  {r.under && (
                    <Tag data-color="warning" data-size="sm">
                      {t("under")}
                    </Tag>
                  )}
                </TableCell>
              </TableRow>
            ))}
            <TableRow>
              <TableHeaderCell scope="row" className="font-normal">
                {unknownLabel}
              </TableHeaderCell>
              <TableCell className="text-right">–</TableCell>
              <TableCell className="text-right">–</TableCell>
              <TableCell className="text-right">{n(s.unknownInputs)}</TableCell>
              <TableCell className="text-right">{t("notInShares")}</TableCell>
              <TableCell />
            </TableRow>
            {s.spanningInputs !== undefined && (
              <TableRow>
                <TableHeaderCell scope="row" className="font-normal">
                  {t("spanningAge")}
                </TableHeaderCell>
                <TableCell className="text-right">–</TableCell>
                <TableCell className="text-right">–</TableCell>
                <TableCell className="text-right">{n(s.spanningInputs)}</TableCell>
                <TableCell className="text-right">{t("notInShares")}</TableCell>
                <TableCell />
              </TableRow>
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );

  return (
    <section aria-labelledby="representativitet" className="space-y-4 print-break-before">
      <Heading level={2} data-size="md" id="representativitet">
        {t("heading")}
      </Heading>
      {data.year === null ? (
        <Alert data-color="info">
          <Paragraph>{t("noPopulation")}</Paragraph>
          {canManage && (
            <Paragraph>
              <NextLink className="ds-link" href="/admin/befolkning">
                {t("manage")}
              </NextLink>
            </Paragraph>
          )}
        </Alert>
      ) : (
        <>
          <Paragraph>{t("lead", { year: data.year, ratio: format.number(0.8, { style: "percent" }) })}</Paragraph>
          {canManage && (
            <Paragraph data-size="sm">
              <NextLink className="ds-link" href="/admin/befolkning">
                {t("manage")}
              </NextLink>
            </Paragraph>
          )}
          {shareTable("representativitet-bydel", "district", t("districts"), t("colDistrict"), data.districts, t("unknownDistrict"))}
          {shareTable("representativitet-alder", "age", t("ages"), t("colAge"), data.ages, t("unknownAge"))}
          {data.ages.source === "municipality" && <Paragraph data-size="sm">{t("agesFromMunicipality")}</Paragraph>}
        </>
      )}
    </section>
  );
}
