// Gate definitions of population figures (administration only). Importing and saving are
// audited writes, spread into src/features/commands.ts; checking a file is a read through the
// same gate (permission, schema), called by the import action before the import, and so not
// in the registry (whose test expects every command to write an audit entry).
import type { CommandRegistry, Def } from "@/lib/action";
import { importPopulationSchema, savePopulationSchema } from "./schemas";
import { checkPopulationCsv, importPopulationCsv, savePopulationYear } from "./services";

export type CheckedPopulation = Awaited<ReturnType<typeof checkPopulationCsv>>;
export type ImportedPopulation = Awaited<ReturnType<typeof importPopulationCsv>>;
export type SavedPopulation = Awaited<ReturnType<typeof savePopulationYear>>;

export const checkPopulationCommand = {
  permission: "population.manage",
  schema: importPopulationSchema,
  run: ({ tx, input }) => checkPopulationCsv(tx, input),
} satisfies Def<typeof importPopulationSchema, CheckedPopulation>;

export const importPopulationCommand = {
  permission: "population.manage",
  schema: importPopulationSchema,
  run: ({ tx, input }) => importPopulationCsv(tx, input),
  audit: (_input, r) => ({ entityType: "population", details: { years: r.years.join(", "), count: r.rows, persons: r.persons } }),
} satisfies Def<typeof importPopulationSchema, ImportedPopulation>;

export const savePopulationCommand = {
  permission: "population.manage",
  schema: savePopulationSchema,
  run: ({ tx, input }) => savePopulationYear(tx, input),
  audit: (_input, r) => ({ entityType: "population", details: { years: String(r.year), count: r.rows } }),
} satisfies Def<typeof savePopulationSchema, SavedPopulation>;

export const POPULATION_COMMANDS: CommandRegistry = {
  importPopulationCsv: importPopulationCommand,
  savePopulation: savePopulationCommand,
};
