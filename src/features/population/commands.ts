// Gate definitions of population figures (administration only). Importing and saving are
// audited writes, spread into src/features/commands.ts; checking a file is a read through the
// same gate (permission, schema), called by the import action before the import, and so not
// in the registry (whose test expects every command to write an audit entry).
import type { CommandRegistry } from "@/lib/action";
import { command } from "@/lib/command";
import { importPopulationSchema, savePopulationSchema } from "./schemas";
import { checkPopulationCsv, importPopulationCsv, savePopulationYear } from "./services";

export type CheckedPopulation = Awaited<ReturnType<typeof checkPopulationCsv>>;
export type ImportedPopulation = Awaited<ReturnType<typeof importPopulationCsv>>;
export type SavedPopulation = Awaited<ReturnType<typeof savePopulationYear>>;

const population = (details: Record<string, unknown>) => ({ entityType: "population", details });

export const checkPopulationCommand = command("population.manage", importPopulationSchema, checkPopulationCsv);
export const importPopulationCommand = command("population.manage", importPopulationSchema, importPopulationCsv, (_i, r) =>
  population({ years: r.years.join(", "), count: r.rows, persons: r.persons }),
);
export const savePopulationCommand = command("population.manage", savePopulationSchema, savePopulationYear, (_i, r) =>
  population({ years: String(r.year), count: r.rows }),
);

export const POPULATION_COMMANDS: CommandRegistry = {
  importPopulationCsv: importPopulationCommand,
  savePopulation: savePopulationCommand,
};
