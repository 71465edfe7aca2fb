// Gate definitions of this feature, spread into src/features/commands.ts.
import type { CommandRegistry } from "@/lib/action";
import { command } from "@/lib/command";
import { commitImport } from "./commit-import";
import { previewImport } from "./preview-import";
import { commitImportSchema, previewImportSchema } from "./schemas";

// Both steps are audited as the import (its id, its process).
const onImport = (r: { importId: string; processId: string }, details: Record<string, unknown>) => ({
  entityType: "input_import",
  entityId: r.importId,
  processId: r.processId,
  details,
});

/** Keeps an uploaded CSV for the preview (nothing is imported yet). */
export const previewInputImportCommand = command(
  "input.import",
  previewImportSchema,
  (tx, input, actor) => previewImport(tx, actor, input),
  (input, r) => onImport(r, { step: "preview", fileName: input.fileName, rows: r.rowCount, errors: r.errorCount }),
);
/** Imports every row of a previewed upload, all or nothing. */
export const commitInputImportCommand = command(
  "input.import",
  commitImportSchema,
  (tx, input, actor) => commitImport(tx, actor, input.importId),
  (_i, r) => onImport(r, { step: "commit", fileName: r.fileName, imported: r.count }),
);

export const TRANSFER_COMMANDS: CommandRegistry = {
  previewInputImport: previewInputImportCommand,
  commitInputImport: commitInputImportCommand,
};
