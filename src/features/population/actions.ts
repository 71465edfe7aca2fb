"use server";

import { serverAction } from "@/lib/server-action";
import { checkPopulationCommand, importPopulationCommand, savePopulationCommand } from "./commands";
import { decodeText } from "./ssb-csv";

const revalidate = [["/", "layout"]] as const;
const files = { file: async (file: File | null) => ({ file: file && file.size > 0 ? decodeText(new Uint8Array(await file.arrayBuffer())) : "" }) };

const importFile = serverAction(importPopulationCommand, {
  files,
  revalidate,
  message: (d) => ["population.import.done", { years: d.years.join(", "), rows: d.rows, districts: d.districts, municipality: d.municipality ? 1 : 0 }],
});
export const importPopulationAction = serverAction(checkPopulationCommand, {
  files,
  refuse: (r) => (r.ok ? null : { field: "file", messages: r.problems.map((p) => [p.key, p.values] as const) }),
  next: importFile,
});

export const savePopulationAction = serverAction(savePopulationCommand, { revalidate });
