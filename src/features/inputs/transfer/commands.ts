// Gate definitions of this feature, spread into src/features/commands.ts.
import type { ActionDefinition, CommandRegistry } from "@/lib/action";
import { commitImport, type CommitResult } from "./commit-import";
import { previewImport, type PreviewResult } from "./preview-import";
import { commitImportSchema, previewImportSchema } from "./schemas";

/** Keeps an uploaded CSV for the preview (nothing is imported yet). */
export const previewInputImportCommand = {
  permission: "input.import",
  schema: previewImportSchema,
  run: ({ tx, actor, input }) => previewImport(tx, actor, input),
  audit: (input, r) => ({
    entityType: "input_import",
    entityId: r.importId,
    processId: r.processId,
    details: { step: "preview", fileName: input.fileName, rows: r.rowCount, errors: r.errorCount },
  }),
} satisfies ActionDefinition<typeof previewImportSchema, PreviewResult>;

/** Imports every row of a previewed upload, all or nothing. */
export const commitInputImportCommand = {
  permission: "input.import",
  schema: commitImportSchema,
  run: ({ tx, actor, input }) => commitImport(tx, actor, input.importId),
  audit: (_input, r) => ({
    entityType: "input_import",
    entityId: r.importId,
    processId: r.processId,
    details: { step: "commit", fileName: r.fileName, imported: r.count },
  }),
} satisfies ActionDefinition<typeof commitImportSchema, CommitResult>;

export const TRANSFER_COMMANDS: CommandRegistry = {
  previewInputImport: previewInputImportCommand,
  commitInputImport: commitInputImportCommand,
};
