// The group leaders' SVG charts (issue #17 §4) rendered on the server: participation per party
// (each bar against the party's politicians, «4 av 17», three series told apart by fill pattern)
// and the coverage heat map (every group named in its cell with its figures, the not-reached
// flag in words, shade steps from activities held, a wide and a narrow layout, each an image
// with a title and a description). No colour carries meaning alone.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart } from "@/features/group-leader/components/charts/bar-chart";
import { CoverageHeatMap, type HeatGroup, type HeatLabels } from "@/features/group-leader/components/charts/coverage-heat-map";

const labels: HeatLabels = {
  title: "Målgruppedekning som varmekart",
  description: "Beskrivelse",
  importanceAxis: "Hvor viktige?",
  difficultyAxis: "Hvor vanskelige?",
  importance: (i) => `imp:${i}`,
  difficulty: (d) => `dif:${d}`,
  strategy: (s) => `strat:${s}`,
  cellCounts: (h, n) => `${h} gjennomført · ${n} innspill`,
  groupCounts: (h, n) => `${h} g · ${n} i`,
  notReached: "Ikke nådd",
  tooMuch: "Mange aktiviteter",
  empty: "Ingen",
  legend: "Lys til mørk",
};

const group = (name: string, importance: string, difficulty: string, held: number, inputs: number, flag: string | null = null): HeatGroup => ({
  id: name,
  name,
  importance,
  difficulty,
  held,
  inputs,
  flag,
});

describe("CoverageHeatMap", () => {
  const groups = [
    group("Eldre som bor alene", "VERY_IMPORTANT", "HARD", 0, 0, "NOT_REACHED"),
    group("Ungdom", "VERY_IMPORTANT", "HARD", 6, 40),
    group("Pendlere", "LESS_IMPORTANT", "HARD", 3, 1, "TOO_MUCH_ENERGY"),
    group("Et veldig langt navn på en målgruppe som ikke får plass i ruten", "IMPORTANT", "EASY", 1, 2),
  ];
  const html = renderToStaticMarkup(createElement(CoverageHeatMap, { id: "kart", groups, labels }));

  it("is two images (wide grid, narrow stack), each with a title and a description", () => {
    expect(html.match(/role="img"/g)).toHaveLength(2);
    expect(html).toContain('aria-labelledby="kart-title kart-desc"');
    expect(html).toContain('aria-labelledby="kart-smal-title kart-smal-desc"');
    expect(html.match(/<title id="kart(-smal)?-title">Målgruppedekning som varmekart<\/title>/g)).toHaveLength(2);
  });

  it("names every group in its cell with its figures, and flags the unreached one in words", () => {
    for (const g of ["Eldre som bor alene", "Ungdom", "Pendlere"]) expect(html.split(g).length - 1).toBe(2); // once per layout
    expect(html).toMatch(/>Et veldig langt navn på en [^<]*…</); // cut to fit the cell; whole in the table beside
    expect(html).toMatch(/0 g · 0 i<\/text><text[^>]*>⚠ Ikke nådd</);
    expect(html).toMatch(/3 g · 1 i<\/text><text[^>]*>ℹ Mange aktiviteter</);
    // The SPEND_MOST cell sums its groups: 6 held, 40 inputs; empty cells say so.
    expect(html).toContain("6 gjennomført · 40 innspill");
    expect(html).toContain("strat:SPEND_MOST");
    expect(html.split(">Ingen<").length - 1).toBe(2 * 6);
  });

  it("shades by activities held (the busiest cell darkest, none white) and marks an unreached cell's border", () => {
    expect(html).toContain('fill="#8cb8e8"'); // SPEND_MOST: 6 held, the most
    expect(html).toContain('stroke="#b4211f"'); // the dashed border of the cell with a group not reached
    expect(html).toContain('stroke-dasharray="6 3"');
  });
});

describe("BarChart against a total", () => {
  it("draws the whole as a dashed frame, writes «value av total», and tells three series apart by pattern", () => {
    const html = renderToStaticMarkup(
      createElement(BarChart, {
        id: "parti",
        title: "Deltakelse per parti",
        description: "d",
        rows: [
          { key: "H", label: "Høyre", values: [10, 4, 2], total: 17 },
          { key: "PS", label: "Partiet Sentrum", values: [0, 0, 0], total: 1, flagged: true },
        ],
        series: [{ label: "Påmeldt" }, { label: "Deltatt" }, { label: "Evaluert" }],
        format: String,
        flagLabel: "Ingen har deltatt",
        ofTotal: (v: string, t: string) => `${v} av ${t}`,
      }),
    );
    expect(html).toContain(">4 av 17<");
    expect(html).toContain(">0 av 1<");
    expect(html).toContain("Partiet Sentrum – Ingen har deltatt");
    expect(html).toContain('stroke-dasharray="2 2"');
    expect(html).toContain('fill="url(#parti-hatch)"');
    expect(html).toContain('fill="url(#parti-dots)"');
    // The legend names all three series.
    for (const s of ["Påmeldt", "Deltatt", "Evaluert"]) expect(html).toContain(`>${s}<`);
  });
});
