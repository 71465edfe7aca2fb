// The dashboard's and the print view's two matrix/party charts (issue #17 §4) with their texts:
// participation per party (signed up / took part / evaluated against the party's politicians)
// and the coverage heat map with its per-cell data table. Server components; the figures come
// from progressDashboard() (or the case model built from it), so page and paper agree.
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable, numeric } from "@/components/data-table";
import { DIFFICULTIES, IMPORTANCES, strategyFor } from "@/features/target-groups/strategy";
import { BarChart } from "./charts/bar-chart";
import { CoverageHeatMap, type HeatGroup } from "./charts/coverage-heat-map";

export type PartyFigures = { partyId: string | null; name: string | null; representatives: number; signedUp: number; tookPart: number; evaluated: number };

export async function PartyParticipationChart({ id, parties }: { id: string; parties: PartyFigures[] }) {
  const [t, format] = await Promise.all([getTranslations("groupLeader.participation"), getFormatter()]);
  const rows = parties.filter((p) => p.representatives > 0);
  if (rows.length === 0) return null;
  return (
    <BarChart
      id={id}
      title={t("chart.title")}
      description={t("chart.description")}
      rows={rows.map((p) => ({
        key: p.partyId ?? "uten",
        label: p.name ?? t("noParty"),
        values: [p.signedUp, p.tookPart, p.evaluated],
        total: p.representatives,
        flagged: p.tookPart === 0,
      }))}
      series={[{ label: t("colSignedUp") }, { label: t("colTookPart") }, { label: t("colEvaluated") }]}
      format={(v) => format.number(v)}
      flagLabel={t("noneTookPart")}
      ofTotal={(value, total) => t("chart.ofTotal", { value, total })}
    />
  );
}

export async function CoverageHeatMapFigure({ id, groups }: { id: string; groups: HeatGroup[] }) {
  const [t, tg, format] = await Promise.all([getTranslations("groupLeader.coverage"), getTranslations("targetGroups"), getFormatter()]);
  const n = (v: number) => format.number(v);
  const counts = (held: number, inputs: number) => t("heatMap.cellCounts", { held: n(held), inputs: n(inputs) });
  const cells = DIFFICULTIES.flatMap((d) => IMPORTANCES.map((i) => ({ d, i, here: groups.filter((g) => g.importance === i && g.difficulty === d) })));
  return (
    <div className="space-y-3">
      <CoverageHeatMap
        id={id}
        groups={groups}
        labels={{
          title: t("heatMap.title"),
          description: t("heatMap.description"),
          importanceAxis: tg("matrix.importanceAxis"),
          difficultyAxis: tg("matrix.difficultyAxis"),
          importance: (i) => tg(`importance.${i}` as never),
          difficulty: (d) => tg(`difficulty.${d}` as never),
          strategy: (s) => tg(`strategy.${s}`),
          cellCounts: counts,
          groupCounts: (held, inputs) => t("heatMap.groupCounts", { held: n(held), inputs: n(inputs) }),
          notReached: t("flag.NOT_REACHED"),
          tooMuch: t("flag.TOO_MUCH_ENERGY"),
          empty: t("emptyCell"),
          legend: t("heatMap.legend"),
        }}
      />
      <DataTable
        label={t("heatMap.table")}
        caption
        size="sm"
        testId={`${id}-tabell`}
        rowHeader
        columns={[
          t("heatMap.colCell"),
          t("heatMap.colPlace"),
          numeric(t("heatMap.colGroups")),
          numeric(t("colHeld")),
          numeric(t("colInputs")),
          t("heatMap.colNotReached"),
        ]}
        rows={cells}
        rowKey={({ d, i }) => `${d}-${i}`}
        cells={({ d, i, here }) => [
          tg(`strategy.${strategyFor(i, d)}`),
          `${tg(`importance.${i}`)}, ${tg(`difficulty.${d}`)}`,
          n(here.length),
          n(here.reduce((s, g) => s + g.held, 0)),
          n(here.reduce((s, g) => s + g.inputs, 0)),
          here
            .filter((g) => g.flag === "NOT_REACHED")
            .map((g) => g.name)
            .join(", "),
        ]}
      />
    </div>
  );
}
