"use server";

// Form actions of /admin/befolkning. The import reads the uploaded file's bytes itself (UTF-8 or
// Windows-1252, see ssb-csv.ts), checks it through the gate, and only a clean file is imported;
// the problems come back next to the file field, each naming its line.
import type { ActionState } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { checkPopulationCommand, importPopulationCommand, savePopulationCommand, type ImportedPopulation, type SavedPopulation } from "./commands";
import { decodeText } from "./ssb-csv";

const revalidate = [["/", "layout"]] as const;
const files = { file: async (file: File | null) => ({ file: file && file.size > 0 ? decodeText(new Uint8Array(await file.arrayBuffer())) : "" }) };

const importFile = serverAction(importPopulationCommand, {
  files,
  revalidate,
  message: (d) => ["population.import.done", { years: d.years.join(", "), rows: d.rows, districts: d.districts, municipality: d.municipality ? 1 : 0 }],
});
const checkThenImport = serverAction(checkPopulationCommand, {
  files,
  refuse: (r) => (r.ok ? null : { field: "file", messages: r.problems.map((p) => [p.key, p.values] as const) }),
  next: importFile,
});
export async function importPopulationAction(prev: ActionState<ImportedPopulation>, fd: FormData): Promise<ActionState<ImportedPopulation>> {
  return checkThenImport(prev, fd);
}

const save = serverAction(savePopulationCommand, { revalidate });
export async function savePopulationAction(prev: ActionState<SavedPopulation>, fd: FormData) {
  return save(prev, fd);
}
