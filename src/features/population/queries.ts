// Reads of population figures: the years on file and one year's cells (the latest by default).
// Two small queries whatever the data size; the dashboard uses populationForYear only.
import { db } from "@/lib/db";
import type { PopulationCell } from "./representativeness";

export const populationYears = async (): Promise<number[]> =>
  (await db.populationFigure.groupBy({ by: ["year"], orderBy: { year: "desc" } })).map((r) => r.year);

/** The cells of `year`, or of the latest year on file; year null when there are none. */
export async function populationForYear(year?: number): Promise<{ year: number | null; cells: PopulationCell[] }> {
  const rows = await db.$queryRaw<(PopulationCell & { year: number })[]>`
    SELECT p.year, p.district_id::text AS "districtId", p.age_band::text AS "ageBand", p.persons
      FROM population_figure p
     WHERE p.year = COALESCE(${year ?? null}::int, (SELECT max(year) FROM population_figure))`;
  return { year: rows[0]?.year ?? year ?? null, cells: rows.map(({ districtId, ageBand, persons }) => ({ districtId, ageBand, persons })) };
}
