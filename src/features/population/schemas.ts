// The shapes of population figures: an SSB-layout CSV upload (decoded to text by the action),
// and the grid an administrator types (one field per district × age band, `n_<district|kommune>_<band>`).
import { z } from "zod";
import { AGE_BANDS } from "@/features/forms/answer-schema";
import type { AgeBand } from "@/generated/prisma/enums";

export const MAX_POPULATION_CSV_CHARS = 5_000_000;
export const WHOLE_MUNICIPALITY = "kommune";

const year = z.coerce
  .number("population.validation.year")
  .int("population.validation.year")
  .min(1900, "population.validation.year")
  .max(2200, "population.validation.year");
const optionalYear = z.preprocess((v) => (v === "" || v === undefined || v === null ? undefined : v), year.optional());

export const importPopulationSchema = z.object({
  file: z.string().min(1, "population.validation.fileRequired").max(MAX_POPULATION_CSV_CHARS, "population.validation.fileTooLarge"),
  year: optionalYear,
});
export type ImportPopulationInput = z.infer<typeof importPopulationSchema>;

export const cellName = (district: string, band: AgeBand) => `n_${district}_${band}`;
const CELL = /^n_([0-9a-f-]{36}|kommune)_(UNDER_20|AGE_20_39|AGE_40_66|AGE_67_79|AGE_80_PLUS)$/;

/** A year and its cells; an empty cell means «not known» and stores no row. */
export const savePopulationSchema = z
  .object({ year })
  .catchall(z.unknown())
  .superRefine((v, ctx) => {
    for (const [k, raw] of Object.entries(v)) {
      if (k === "year" || !CELL.test(k)) continue;
      const s = String(raw ?? "").replace(/[\s\u00a0\u202f]/g, "");
      if (s !== "" && !/^\d{1,7}$/.test(s)) ctx.addIssue({ code: "custom", path: [k], message: "population.validation.persons" });
    }
  })
  .transform((v) => ({
    year: v.year,
    cells: Object.entries(v).flatMap(([k, raw]) => {
      const m = CELL.exec(k);
      const s = String(raw ?? "").replace(/[\s\u00a0\u202f]/g, "");
      if (!m || s === "") return [];
      return [{ districtId: m[1] === WHOLE_MUNICIPALITY ? null : m[1]!, ageBand: m[2] as AgeBand, persons: Number(s) }];
    }),
  }));
export type SavePopulationInput = z.infer<typeof savePopulationSchema>;

export { AGE_BANDS };
