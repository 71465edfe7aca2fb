// Who we hear from against who lives here (issue #17 §1). For districts and for age bands: each
// one's share of the population (the chosen year's figures) against its share of the inputs
// whose district / age band is known. Inputs with no district or age band are counted and shown
// («ikke oppgitt»), never dropped silently; they are left out of the shares because nobody
// knows where they belong. A district or age band is UNDER-REPRESENTED when its input share is
// below UNDER_RATIO of its population share; with fewer than MIN_KNOWN known inputs the
// comparison is marked as thin (still shown: a council should see how little we know).
// Forms choose their own age bands (issue #16 item 15): an input counts in a population band
// when its age range lies within it; one spanning several bands (e.g. «16–25 år») is counted
// in `spanningInputs`, shown as its own row and, like the unknowns, left out of the shares.
import { AGE_BANDS } from "@/features/forms/answer-schema";
import type { AgeBand } from "@/generated/prisma/enums";

export const UNDER_RATIO = 0.8;
export const MIN_KNOWN = 20;

export type PopulationCell = { districtId: string | null; ageBand: AgeBand; persons: number };
export type ShareRow<K> = {
  key: K;
  name: string;
  population: number;
  populationShare: number | null;
  inputs: number;
  inputShare: number | null;
  under: boolean;
};
export type ShareTable<K> = { rows: ShareRow<K>[]; knownInputs: number; unknownInputs: number; population: number; thin: boolean };

function table<K>(entries: { key: K; name: string; population: number; inputs: number }[], unknownInputs: number): ShareTable<K> {
  const population = entries.reduce((n, e) => n + e.population, 0);
  const knownInputs = entries.reduce((n, e) => n + e.inputs, 0);
  const rows = entries.map((e) => {
    const populationShare = population > 0 ? e.population / population : null;
    const inputShare = knownInputs > 0 ? e.inputs / knownInputs : null;
    const under = populationShare !== null && populationShare > 0 && inputShare !== null && inputShare < populationShare * UNDER_RATIO;
    return { ...e, populationShare, inputShare, under };
  });
  return { rows, knownInputs, unknownInputs, population, thin: knownInputs < MIN_KNOWN };
}

export type Representativeness = {
  year: number | null;
  districts: ShareTable<string>;
  ages: ShareTable<AgeBand> & { source: "municipality" | "districts" | "none"; spanningInputs: number };
};

/**
 * `cells`: the year's figures (a null district = the whole municipality). `byDistrict` /
 * `byAge`: visible input counts per key, null key = not given (for ages the key is the
 * population band the input's range lies within, or "SPANS": populationBandOf, in SQL population_age_band() as progress_count counts it). Districts are listed in the
 * given order; a district with inputs but no population figure is listed with population 0 so
 * its inputs still count (and the missing figure shows).
 */
export function representativeness(
  year: number | null,
  cells: readonly PopulationCell[],
  districts: readonly { id: string; name: string }[],
  byDistrict: readonly { key: string | null; n: number }[],
  byAge: readonly { key: string | null; n: number }[],
  ageName: (band: AgeBand) => string,
): Representativeness {
  const popByDistrict = new Map<string, number>();
  const popByAgeDistricts = new Map<AgeBand, number>();
  const popByAgeMunicipality = new Map<AgeBand, number>();
  for (const c of cells) {
    if (c.districtId) {
      popByDistrict.set(c.districtId, (popByDistrict.get(c.districtId) ?? 0) + c.persons);
      popByAgeDistricts.set(c.ageBand, (popByAgeDistricts.get(c.ageBand) ?? 0) + c.persons);
    } else popByAgeMunicipality.set(c.ageBand, (popByAgeMunicipality.get(c.ageBand) ?? 0) + c.persons);
  }
  const inputsOf = (rows: readonly { key: string | null; n: number }[], key: string) => rows.find((r) => r.key === key)?.n ?? 0;
  const districtEntries = districts
    .map((d) => ({ key: d.id, name: d.name, population: popByDistrict.get(d.id) ?? 0, inputs: inputsOf(byDistrict, d.id) }))
    .filter((e) => e.population > 0 || e.inputs > 0);
  const source = popByAgeMunicipality.size > 0 ? "municipality" : popByAgeDistricts.size > 0 ? "districts" : "none";
  const agePop = source === "municipality" ? popByAgeMunicipality : popByAgeDistricts;
  const ageEntries = AGE_BANDS.map((band) => ({ key: band, name: ageName(band), population: agePop.get(band) ?? 0, inputs: inputsOf(byAge, band) }));
  return {
    year,
    districts: table(districtEntries, byDistrict.find((r) => r.key === null)?.n ?? 0),
    ages: { ...table(ageEntries, byAge.find((r) => r.key === null)?.n ?? 0), source, spanningInputs: inputsOf(byAge, "SPANS") },
  };
}
