// Shared by the import form, the gate and the services.
import { z } from "zod";
import { IMPORT_DEFAULT_CHANNELS, MAX_CSV_CHARS } from "./import-format";

const uuid = z.uuid("inputTransfer.validation.chooseProcess");
const optionalUuid = z.preprocess((v) => (v === "" || v === undefined || v === null ? null : v), z.uuid("validation.choose").nullable());

export const importOptionsSchema = z.object({
  phaseId: optionalUuid,
  activityId: optionalUuid,
  channel: z.enum(IMPORT_DEFAULT_CHANNELS, "validation.choose"),
  fileName: z.string().max(200).default(""),
});
export type ImportOptions = z.infer<typeof importOptionsSchema>;

/** `file` is the uploaded file's text (the action reads the File before the gate sees it). */
export const previewImportSchema = importOptionsSchema.extend({
  processId: uuid,
  file: z
    .string("inputTransfer.validation.fileRequired")
    .min(1, "inputTransfer.validation.fileRequired")
    .max(MAX_CSV_CHARS, "inputTransfer.validation.fileTooLarge"),
});
export type PreviewImportInput = z.infer<typeof previewImportSchema>;

export const commitImportSchema = z.object({ importId: z.uuid("errors.notFound") });
