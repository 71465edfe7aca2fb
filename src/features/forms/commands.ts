// Gate definitions of this feature, spread into src/features/commands.ts.
import { deleteDistrictCommand, moveDistrictCommand, saveDistrictCommand } from "@/features/districts/commands";
import type { CommandRegistry, Def } from "@/lib/action";
import { deleteField } from "./builder/delete-field";
import { moveField } from "./builder/move-field";
import { saveField } from "./builder/save-field";
import { saveForm } from "./builder/save-form";
import { fieldRefSchema, moveFieldSchema, saveFieldSchema, saveFormSchema } from "./builder/schemas";

export const saveFormCommand = {
  permission: "form.manage",
  schema: saveFormSchema,
  run: ({ tx, input }) => saveForm(tx, input),
  audit: (input, r) => ({
    entityType: "form",
    entityId: r.id,
    processId: input.processId,
    details: { slug: r.slug, created: r.created, published: input.isPublished, languages: input.languages },
  }),
} satisfies Def<typeof saveFormSchema, { id: string; slug: string; created: boolean }>;

export const saveFormFieldCommand = {
  permission: "form.manage",
  schema: saveFieldSchema,
  run: ({ tx, input }) => saveField(tx, input),
  audit: (input, r) => ({
    entityType: "form_field",
    entityId: r.id,
    processId: input.processId,
    details: { formId: input.formId, key: r.key, type: input.type, required: input.required, created: r.created },
  }),
} satisfies Def<typeof saveFieldSchema, { id: string; key: string; created: boolean }>;

export const moveFormFieldCommand = {
  permission: "form.manage",
  schema: moveFieldSchema,
  run: ({ tx, input }) => moveField(tx, input),
  audit: (input) => ({
    entityType: "form_field",
    entityId: input.fieldId,
    processId: input.processId,
    details: { formId: input.formId, moved: input.direction },
  }),
} satisfies Def<typeof moveFieldSchema, { id: string }>;

export const deleteFormFieldCommand = {
  permission: "form.manage",
  schema: fieldRefSchema,
  run: ({ tx, input }) => deleteField(tx, input),
  audit: (input, r) => ({
    entityType: "form_field",
    entityId: input.fieldId,
    processId: input.processId,
    details: { formId: input.formId, key: r.key, deleted: true },
  }),
} satisfies Def<typeof fieldRefSchema, { id: string; key: string }>;

export const FORM_COMMANDS: CommandRegistry = {
  saveForm: saveFormCommand,
  saveFormField: saveFormFieldCommand,
  moveFormField: moveFormFieldCommand,
  deleteFormField: deleteFormFieldCommand,
  // The district list is what a form's district field offers (features/districts).
  saveDistrict: saveDistrictCommand,
  moveDistrict: moveDistrictCommand,
  deleteDistrict: deleteDistrictCommand,
};
