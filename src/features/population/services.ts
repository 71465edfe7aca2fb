// The writes of population figures, inside the gate's transaction. Both replace whole years:
// an import replaces every year its file holds, a save replaces the year typed in. A district
// named in a save must exist (a stale form after a district was deleted fails, not half-saves).
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ImportPopulationInput, SavePopulationInput } from "./schemas";
import { parsePopulationCsv, type PopulationRow } from "./ssb-csv";

async function replaceYears(tx: Tx, years: number[], rows: PopulationRow[]) {
  await tx.populationFigure.deleteMany({ where: { year: { in: years } } });
  if (rows.length > 0) await tx.populationFigure.createMany({ data: rows });
}

const districtsOf = (tx: Tx) => tx.district.findMany({ select: { id: true, name: true } });

/** Read-only: what the file would import, or the problems with it (each naming its line). */
export async function checkPopulationCsv(tx: Tx, input: ImportPopulationInput) {
  return parsePopulationCsv(input.file, await districtsOf(tx), input.year);
}

export async function importPopulationCsv(tx: Tx, input: ImportPopulationInput) {
  const parsed = parsePopulationCsv(input.file, await districtsOf(tx), input.year);
  if (!parsed.ok) throw new AppError("INVALID", "population.fileInvalid", "file");
  await replaceYears(tx, parsed.years, parsed.rows);
  const persons = parsed.rows.reduce((n, r) => n + (r.districtId ? r.persons : 0), 0);
  return { years: parsed.years, rows: parsed.rows.length, districts: parsed.districts, municipality: parsed.municipality, persons };
}

export async function savePopulationYear(tx: Tx, input: SavePopulationInput) {
  const ids = [...new Set(input.cells.map((c) => c.districtId).filter((id): id is string => id !== null))];
  const found = await tx.district.count({ where: { id: { in: ids } } });
  if (found !== ids.length) throw new AppError("NOT_FOUND", "notFound");
  await replaceYears(
    tx,
    [input.year],
    input.cells.map((c) => ({ ...c, year: input.year })),
  );
  return { year: input.year, rows: input.cells.length };
}
