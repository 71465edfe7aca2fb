// Reads population figures in the layout Statistics Norway's statistikkbanken exports as CSV
// (e.g. table 07459 «Befolkning, etter region, alder, statistikkvariabel og år», «semikolonseparert
// med overskrift»): an optional title line, then a header row with Norwegian column names
// (region; alder; [kjønn]; [statistikkvariabel]; år; value) and one row per region × age × year.
// The year may instead sit in the value column's header («Personer 2024»), as in SSB's table
// layout. Files come as UTF-8 (with or without BOM) or Windows-1252 from older Excel.
// Regions: a 4-digit kommunenummer («3301 Drammen») is the whole municipality; anything else is
// matched to a district by name (a leading grunnkrets/bydel code is ignored). Ages: single years
// («0 år», «105 år eller eldre») or intervals («20-24 år»), summed into the app's age bands; an
// interval that straddles two bands is refused rather than split by guesswork. Totals («Alle
// aldre», «I alt») are skipped. Every problem names its line so the admin can fix the file.
import type { AgeBand } from "@/generated/prisma/enums";
import { CsvError, parseCsvLines } from "@/lib/csv";

export const AGE_BAND_RANGES: Record<AgeBand, readonly [number, number]> = {
  UNDER_20: [0, 19],
  AGE_20_39: [20, 39],
  AGE_40_66: [40, 66],
  AGE_67_79: [67, 79],
  AGE_80_PLUS: [80, Number.POSITIVE_INFINITY],
};

export type PopulationRow = { year: number; districtId: string | null; ageBand: AgeBand; persons: number };
export type PopulationCsvProblem = { key: string; values?: Record<string, string | number> };
export type PopulationCsvResult =
  | { ok: true; rows: PopulationRow[]; years: number[]; municipality: string | null; districts: number; lines: number }
  | { ok: false; problems: PopulationCsvProblem[] };

const MAX_PROBLEMS = 10;

/** UTF-8 when it decodes cleanly (BOM or not), else Windows-1252 (Excel's «CSV» on Windows). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const norm = (s: string) => s.trim().toLocaleLowerCase("nb").replace(/\s+/g, " ");
const REGION = new Set(["region", "område", "omrade", "bydel", "grunnkrets", "delområde", "kommune"]);
const AGE = new Set(["alder", "age", "aldersgruppe"]);
const YEAR = new Set(["år", "ar", "year", "tid"]);
const IGNORED = new Set(["statistikkvariabel", "kjønn", "kjonn", "contents", "sex"]);
const TOTAL_AGES = /^(alle aldre|i alt|total|totalt|sum)$/;

/** Age band of a label like «0 år», «005 5 år», «20-24 år», «105 år eller eldre»; null if not an age. */
export function ageRange(label: string): [number, number] | null {
  const matches = [...label.matchAll(/(\d+)\s*(?:[-–]\s*(\d+))?\s*år(\s+eller\s+eldre|\s*\+)?/gi)];
  const m = matches.at(-1);
  if (!m) {
    const plain = /^(\d+)(?:\s*[-–]\s*(\d+))?(\+)?$/.exec(label.trim());
    if (!plain) return null;
    const lo = Number(plain[1]);
    return [lo, plain[3] ? Number.POSITIVE_INFINITY : Number(plain[2] ?? plain[1])];
  }
  const lo = Number(m[1]);
  return [lo, m[3] ? Number.POSITIVE_INFINITY : Number(m[2] ?? m[1])];
}

export function bandOf([lo, hi]: [number, number]): AgeBand | null {
  for (const [band, [a, b]] of Object.entries(AGE_BAND_RANGES) as [AgeBand, readonly [number, number]][]) {
    if (lo >= a && hi <= b) return band;
  }
  return null;
}

/** «1 234», «1234», «-» (SSB: nothing) → number; «.», «..», «:» (not available) → null. */
function persons(raw: string): number | null | "bad" {
  const v = raw.replace(/[\s\u00a0\u202f]/g, "");
  if (v === "-" || v === "0") return 0;
  if (v === "." || v === ".." || v === ":") return null;
  if (!/^\d+$/.test(v)) return "bad";
  return Number(v);
}

type District = { id: string; name: string };

/** `input`: the file's text (decodeText) or its bytes. */
export function parsePopulationCsv(input: string | Uint8Array, districts: readonly District[], fallbackYear?: number): PopulationCsvResult {
  const text = (typeof input === "string" ? input : decodeText(input)).replace(/^\uFEFF/, "");
  // SSB writes ";" (the title line above the header has commas in it); some tools write ",".
  let records: { line: number; fields: string[] }[] = [];
  let table: string[][] = [];
  let headerIndex = -1;
  for (const delimiter of [";", ","]) {
    try {
      records = parseCsvLines(text, { delimiter });
      table = records.map((r) => r.fields);
    } catch (e) {
      return { ok: false, problems: [{ key: "population.import.errors.unreadable", values: { line: e instanceof CsvError ? e.line : 0 } }] };
    }
    headerIndex = table.findIndex((r) => r.some((c) => REGION.has(norm(c))) && r.some((c) => AGE.has(norm(c))));
    if (headerIndex >= 0) break;
  }
  if (headerIndex < 0) return { ok: false, problems: [{ key: "population.import.errors.noHeader" }] };
  const header = table[headerIndex]!.map(norm);
  const regionCol = header.findIndex((h) => REGION.has(h));
  const ageCol = header.findIndex((h) => AGE.has(h));
  const yearCol = header.findIndex((h) => YEAR.has(h));
  // The value is the last column that is not one of the known dimensions.
  const valueCol = header.findLastIndex((h, i) => i !== regionCol && i !== ageCol && i !== yearCol && !IGNORED.has(h));
  if (valueCol < 0) return { ok: false, problems: [{ key: "population.import.errors.noValueColumn" }] };
  const headerYear = /\b(1[89]\d\d|2[01]\d\d)\b/.exec(table[headerIndex]![valueCol] ?? "")?.[1];

  const byName = new Map(districts.map((d) => [norm(d.name), d.id]));
  const problems: PopulationCsvProblem[] = [];
  const problem = (p: PopulationCsvProblem) => {
    if (problems.length < MAX_PROBLEMS) problems.push(p);
  };
  const sums = new Map<string, PopulationRow>();
  let municipality: string | null = null;
  let lines = 0;

  for (let r = headerIndex + 1; r < table.length; r++) {
    const row = table[r]!;
    const line = records[r]!.line;
    if (row.every((c) => c.trim() === "")) continue;
    const region = (row[regionCol] ?? "").trim();
    const age = (row[ageCol] ?? "").trim();
    const rawYear = yearCol >= 0 ? (row[yearCol] ?? "").trim() : (headerYear ?? (fallbackYear ? String(fallbackYear) : ""));
    // SSB adds footnote lines under the table; they have one cell only.
    if (row.length === 1) continue;
    lines++;
    if (TOTAL_AGES.test(norm(age)) || /^(i alt|hele landet|alle)$/.test(norm(region).replace(/^\d+\s+/, ""))) continue;
    const yearMatch = /^(\d{4})/.exec(rawYear);
    if (!yearMatch) {
      problem({ key: "population.import.errors.year", values: { line } });
      continue;
    }
    const range = ageRange(age);
    if (!range) {
      problem({ key: "population.import.errors.age", values: { line, value: age } });
      continue;
    }
    const band = bandOf(range);
    if (!band) {
      problem({ key: "population.import.errors.ageStraddles", values: { line, value: age } });
      continue;
    }
    const n = persons(row[valueCol] ?? "");
    if (n === "bad") {
      problem({ key: "population.import.errors.value", values: { line, value: row[valueCol] ?? "" } });
      continue;
    }
    if (n === null) continue;
    let districtId: string | null;
    const code = /^(\d+)\s+(.*)$/.exec(region);
    if (code && code[1]!.length === 4) {
      if (municipality !== null && municipality !== region) {
        problem({ key: "population.import.errors.twoMunicipalities", values: { line, value: region, first: municipality } });
        continue;
      }
      municipality = region;
      districtId = null;
    } else {
      const id = byName.get(norm(code ? code[2]! : region));
      if (!id) {
        problem({ key: "population.import.errors.region", values: { line, value: region } });
        continue;
      }
      districtId = id;
    }
    const year = Number(yearMatch[1]);
    const key = `${year}|${districtId ?? ""}|${band}`;
    const prev = sums.get(key);
    if (prev) prev.persons += n;
    else sums.set(key, { year, districtId, ageBand: band, persons: n });
  }
  if (problems.length > 0) return { ok: false, problems };
  const rows = [...sums.values()];
  if (rows.length === 0) return { ok: false, problems: [{ key: "population.import.errors.empty" }] };
  const years = [...new Set(rows.map((r) => r.year))].sort();
  return { ok: true, rows, years, municipality, districts: new Set(rows.map((r) => r.districtId).filter(Boolean)).size, lines };
}
