// Reading population figures in Statistics Norway's CSV layout (issue #17, representativeness):
// title lines, quoted Norwegian headers, BOM or Windows-1252, single ages and intervals summed
// into the app's age bands, the municipality row, the year from a column or the value heading,
// and every problem named by its line with nothing half-read.
import { describe, expect, it } from "vitest";
import { ageRange, bandOf, decodeText, parsePopulationCsv } from "@/features/population/ssb-csv";

const districts = [
  { id: "d-bragernes", name: "Bragernes" },
  { id: "d-stromso", name: "Strømsø" },
];
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Windows-1252 bytes of a text in Latin-1 range (æøå, «»). */
const cp1252 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const sum = (rows: { districtId: string | null; ageBand: string; persons: number }[], districtId: string | null, band: string) =>
  rows.filter((r) => r.districtId === districtId && r.ageBand === band).reduce((n, r) => n + r.persons, 0);

describe("SSB population CSV", () => {
  it("reads a statistikkbanken export: title line, BOM, quoted headers, sex summed, ages into bands, totals skipped", () => {
    const file = [
      '\uFEFF"07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år"',
      "",
      '"region";"kjønn";"alder";"statistikkvariabel";"år";"07459: Befolkning, etter region, kjønn, alder, statistikkvariabel og år"',
      '"Bragernes";"Menn";"0 år";"Personer";"2025";70',
      '"Bragernes";"Kvinner";"0 år";"Personer";"2025";72',
      '"Bragernes";"Menn";"19 år";"Personer";"2025";1 005',
      '"Bragernes";"Menn";"20-24 år";"Personer";"2025";400',
      '"Bragernes";"Menn";"Alle aldre";"Personer";"2025";9999',
      '"Bragernes";"Menn";"105 år eller eldre";"Personer";"2025";-',
      '"Bragernes";"Menn";"90 år eller eldre";"Personer";"2025";12',
      '"3301 Drammen";"Menn";"67 år";"Personer";"2025";600',
      '"Kilde: Statistisk sentralbyrå"',
    ].join("\r\n");
    const r = parsePopulationCsv(utf8(file), districts);
    if (!r.ok) expect(r.problems).toEqual([]);
    if (!r.ok) return;
    expect(r.years).toEqual([2025]);
    expect(r.municipality).toBe("3301 Drammen");
    expect(r.districts).toBe(1);
    expect(sum(r.rows, "d-bragernes", "UNDER_20")).toBe(70 + 72 + 1005);
    expect(sum(r.rows, "d-bragernes", "AGE_20_39")).toBe(400);
    expect(sum(r.rows, "d-bragernes", "AGE_80_PLUS")).toBe(12);
    expect(sum(r.rows, null, "AGE_67_79")).toBe(600);
    expect(r.rows.every((x) => x.year === 2025)).toBe(true);
  });

  it("reads Windows-1252 (Excel) and takes the year from the value column's heading", () => {
    const file = "Region;Alder;Personer 2024\r\nStrømsø;40 år;311\r\n0301 Strømsø;41 år;9\r\n";
    const bytes = cp1252(file);
    expect(decodeText(bytes)).toContain("Strømsø");
    const r = parsePopulationCsv(bytes, districts);
    expect(r).toMatchObject({ ok: true, years: [2024], municipality: "0301 Strømsø" });
    // "0301 Strømsø" has a 4-digit code: a municipality row, not the district.
    if (r.ok) expect(r.rows).toEqual(expect.arrayContaining([{ year: 2024, districtId: "d-stromso", ageBand: "AGE_40_66", persons: 311 }]));
  });

  it("uses the year from the form when the file has none", () => {
    const r = parsePopulationCsv("region;alder;personer\nBragernes;5 år;10\n", districts, 2023);
    expect(r).toMatchObject({ ok: true, years: [2023], rows: [{ year: 2023, districtId: "d-bragernes", ageBand: "UNDER_20", persons: 10 }] });
  });

  it("refuses the whole file and names each problem's line", () => {
    const file = [
      "region;alder;år;personer",
      "Bragernes;0 år;2025;10",
      "Tangen;0 år;2025;5",
      "Bragernes;15-24 år;2025;7",
      "Bragernes;3 år;2025;mange",
      "Bragernes;alder?;2025;1",
      "Bragernes;4 år;;1",
    ].join("\n");
    const r = parsePopulationCsv(file, districts);
    expect(r).toEqual({
      ok: false,
      problems: [
        { key: "population.import.errors.region", values: { line: 3, value: "Tangen" } },
        { key: "population.import.errors.ageStraddles", values: { line: 4, value: "15-24 år" } },
        { key: "population.import.errors.value", values: { line: 5, value: "mange" } },
        { key: "population.import.errors.age", values: { line: 6, value: "alder?" } },
        { key: "population.import.errors.year", values: { line: 7 } },
      ],
    });
    expect(parsePopulationCsv("navn;antall\nx;1\n", districts)).toEqual({ ok: false, problems: [{ key: "population.import.errors.noHeader" }] });
  });

  it("maps ages to bands only when they fit one band", () => {
    expect(ageRange("000 0 år")).toEqual([0, 0]);
    expect(ageRange("105 år eller eldre")).toEqual([105, Number.POSITIVE_INFINITY]);
    expect(bandOf([80, Number.POSITIVE_INFINITY])).toBe("AGE_80_PLUS");
    expect(bandOf([67, Number.POSITIVE_INFINITY])).toBeNull();
    expect(bandOf([40, 44])).toBe("AGE_40_66");
    expect(bandOf([65, 69])).toBeNull();
  });
});
