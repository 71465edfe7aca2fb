// Age bands per form (issue #16 item 15): a form's age field offers its own bands, each a
// [min, max] range of whole years (max MAX_AGE = "or older"). The admin picks a preset or
// writes their own; an input stores the chosen band's ages, so the bands of old inputs survive
// any later change to the form. Labels are made from the numbers in the reader's language.
// The population table keeps the fixed bands (AGE_BAND_RANGES); an input counts in one of them
// only when its range lies within it (populationBandOf), otherwise it "spans several bands".
import type { AgeBand } from "@/generated/prisma/enums";

export const MAX_AGE = 120;
export const MAX_BANDS = 12;
export type AgeRange = readonly [number, number];

/** The population table's bands as ages (SSB's usual grouping in Drammen's figures). */
export const POPULATION_BAND_RANGES: Record<AgeBand, AgeRange> = {
  UNDER_20: [0, 19],
  AGE_20_39: [20, 39],
  AGE_40_66: [40, 66],
  AGE_67_79: [67, 79],
  AGE_80_PLUS: [80, MAX_AGE],
};
export const POPULATION_BANDS = Object.keys(POPULATION_BAND_RANGES) as AgeBand[];

export const AGE_PRESETS = {
  standard: Object.values(POPULATION_BAND_RANGES),
  youth: [
    [13, 15],
    [16, 19],
    [20, 25],
  ],
  elderly: [
    [60, 66],
    [67, 79],
    [80, MAX_AGE],
  ],
} as const satisfies Record<string, readonly AgeRange[]>;
export type AgePreset = keyof typeof AGE_PRESETS;
export const AGE_PRESET_NAMES = Object.keys(AGE_PRESETS) as AgePreset[];
export const DEFAULT_AGE_BANDS: readonly AgeRange[] = AGE_PRESETS.standard;

/** A form field's stored bands (null or malformed → the default bands). */
export function formAgeBands(stored: unknown): AgeRange[] {
  const ok = Array.isArray(stored) && stored.length > 0 && stored.every((r) => Array.isArray(r) && r.length === 2 && r.every((n) => Number.isInteger(n)));
  return (ok ? stored : DEFAULT_AGE_BANDS) as AgeRange[];
}

export const ageBandValue = ([min, max]: AgeRange) => `${min}-${max}`;

/** The preset these bands are, if any (for the builder's radio buttons). */
export function presetOf(bands: readonly AgeRange[]): AgePreset | null {
  const key = JSON.stringify(bands);
  return AGE_PRESET_NAMES.find((p) => JSON.stringify(AGE_PRESETS[p]) === key) ?? null;
}

/** One band as the builder's text line: "13-15", "80+" (and "0-19"). */
export const ageBandLine = ([min, max]: AgeRange) => (max >= MAX_AGE ? `${min}+` : `${min}-${max}`);

export type AgeBandProblem = { message: string; values?: Record<string, number> };

/**
 * Parses the builder's lines ("13-15", "13–15", "80+", "16", one band a line) into bands.
 * Problems are i18n keys (namespace formBuilder.validation) with the line they are about.
 */
export function parseAgeBandLines(lines: readonly string[]): { bands: AgeRange[] } | { problem: AgeBandProblem } {
  const bands: AgeRange[] = [];
  const lineNo: number[] = [];
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim().replace(/\s+/g, "").replace(/[–—]/g, "-").replace(/år$/i, "");
    if (!line) continue;
    const at = { line: i + 1 };
    const m = /^(\d{1,3})(?:-(\d{1,3})|(\+))?$/.exec(line);
    if (!m) return { problem: { message: "formBuilder.validation.ageBandFormat", values: at } };
    const min = Number(m[1]);
    const max = m[3] ? MAX_AGE : m[2] !== undefined ? Number(m[2]) : min;
    if (min > MAX_AGE || max > MAX_AGE) return { problem: { message: "formBuilder.validation.ageBandRange", values: { ...at, max: MAX_AGE } } };
    if (min > max) return { problem: { message: "formBuilder.validation.ageBandReversed", values: at } };
    bands.push([min, max]);
    lineNo.push(i + 1);
  }
  if (bands.length < 2) return { problem: { message: "formBuilder.validation.ageBandsTooFew" } };
  if (bands.length > MAX_BANDS) return { problem: { message: "formBuilder.validation.ageBandsTooMany", values: { max: MAX_BANDS } } };
  for (let i = 1; i < bands.length; i++) {
    const [prev, cur] = [bands[i - 1]!, bands[i]!];
    const at = { line: lineNo[i]!, previous: lineNo[i - 1]! };
    if (cur[0] <= prev[1] && cur[1] >= prev[0]) return { problem: { message: "formBuilder.validation.ageBandOverlap", values: at } };
    if (cur[0] < prev[0]) return { problem: { message: "formBuilder.validation.ageBandOrder", values: at } };
  }
  return { bands };
}

type AgeRangeT = (key: "under" | "between" | "exact" | "orOlder", values: Record<string, number>) => string;

/** «16–19 år», «Under 20 år», «80 år eller eldre», «16 år» — t is the "forms.ageRange" namespace. */
export function ageRangeLabel(t: AgeRangeT, min: number, max: number): string {
  if (max >= MAX_AGE) return t("orOlder", { min });
  if (min === 0) return t("under", { below: max + 1 });
  if (min === max) return t("exact", { min });
  return t("between", { min, max });
}

/**
 * The population band an input's age range lies within, or "SPANS" (null = age not given).
 * The same mapping in SQL is population_age_band(age_min, age_max) (migration
 * 20261207220000_progress_count_age_range), which the dashboard's roll-up counts by;
 * tests/integration/form-age-bands.test.ts checks the two agree for every range.
 */
export function populationBandOf(min: number | null, max: number | null): AgeBand | "SPANS" | null {
  if (min === null || max === null) return null;
  return POPULATION_BANDS.find((b) => min >= POPULATION_BAND_RANGES[b][0] && max <= POPULATION_BAND_RANGES[b][1]) ?? "SPANS";
}
