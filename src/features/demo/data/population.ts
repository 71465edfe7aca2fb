// Demo population of Drammen per district and age band, 1 January 2025. Drammen has about
// 103 000–104 000 residents (SSB table 07459); the split over the demo's districts and age bands
// below is an approximation for the demo (central Bragernes/Strømsø with more young adults,
// Fjell with more children, Svelvik older), not official statistics. A municipality replaces it
// with its own figures on /admin/befolkning (SSB CSV import).
import { POPULATION_BAND_RANGES } from "@/features/forms/age-bands";
import type { AgeBand } from "@/generated/prisma/enums";
import type { DistrictName } from "./districts";

export const DEMO_POPULATION_YEAR = 2025;

/** Residents per district, and the share (%) in each age band: under 20, 20–39, 40–66, 67–79, 80+. */
const PROFILE: Record<DistrictName, { total: number; pct: [number, number, number, number, number] }> = {
  Bragernes: { total: 14_200, pct: [17, 36, 31, 11, 5] },
  Strømsø: { total: 12_900, pct: [21, 37, 30, 8, 4] },
  Åssiden: { total: 9_800, pct: [23, 25, 35, 12, 5] },
  Fjell: { total: 7_600, pct: [30, 28, 31, 8, 3] },
  Gulskogen: { total: 8_900, pct: [22, 27, 35, 11, 5] },
  Konnerud: { total: 11_300, pct: [26, 20, 38, 12, 4] },
  Skoger: { total: 6_400, pct: [24, 19, 39, 13, 5] },
  Svelvik: { total: 6_800, pct: [20, 18, 38, 17, 7] },
  Mjøndalen: { total: 11_800, pct: [23, 24, 36, 12, 5] },
  "Åskollen/Tangen": { total: 6_200, pct: [22, 24, 36, 13, 5] },
  Danvik: { total: 7_700, pct: [23, 26, 35, 11, 5] },
};
const BANDS: AgeBand[] = ["UNDER_20", "AGE_20_39", "AGE_40_66", "AGE_67_79", "AGE_80_PLUS"];

export const DEMO_POPULATION: { district: DistrictName; ageBand: AgeBand; persons: number }[] = Object.entries(PROFILE).flatMap(([district, p]) =>
  BANDS.map((ageBand, i) => ({ district: district as DistrictName, ageBand, persons: Math.round((p.total * p.pct[i]!) / 100) })),
);

/**
 * The age band a demo input states: the form asks for it (channel «skjema»); at activities the
 * politician notes it when the target group says it. Others leave it open («ikke oppgitt»).
 */
/** A demo input's ages: the population band's range (the DEMRE form uses the standard bands). */
export function demoAges(band: AgeBand | null): { ageMin: number | null; ageMax: number | null } {
  return band ? { ageMin: POPULATION_BAND_RANGES[band][0], ageMax: POPULATION_BAND_RANGES[band][1] } : { ageMin: null, ageMax: null };
}

export function demoAgeBand(targetGroup: string | undefined, csvChannel: string | undefined, i: number): AgeBand | null {
  switch (targetGroup) {
    case "ungdom":
      return "UNDER_20";
    case "eldre på sykehjem":
      return "AGE_80_PLUS";
    case "eldre hjemmeboende":
      return "AGE_67_79";
    case "barnefamilier med lav inntekt":
      return "AGE_20_39";
  }
  if (csvChannel !== "skjema") return null;
  // Those who answer forms are mostly middle-aged: the usual skew a dashboard should show.
  const skew: (AgeBand | null)[] = ["AGE_40_66", "AGE_40_66", "AGE_20_39", "AGE_40_66", "AGE_67_79", null, "AGE_40_66", "AGE_20_39"];
  return skew[i % skew.length]!;
}
