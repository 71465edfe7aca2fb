// Gate definitions of this feature, spread into src/features/commands.ts.
import { deleteDistrictCommand, moveDistrictCommand, saveDistrictCommand } from "@/features/districts/commands";
import type { CommandRegistry } from "@/lib/action";
import { rowCommands } from "@/lib/command";
import { deleteField } from "./builder/delete-field";
import { moveField } from "./builder/move-field";
import { saveField } from "./builder/save-field";
import { saveForm } from "./builder/save-form";
import { fieldRefSchema, moveFieldSchema, saveFieldSchema, saveFormSchema } from "./builder/schemas";

const form = rowCommands("form.manage", "form");
const field = rowCommands("form.manage", "form_field");

export const saveFormCommand = form(saveFormSchema, saveForm, (r, input) => ({
  slug: r.slug,
  created: r.created,
  published: input.isPublished,
  languages: input.languages,
}));
export const saveFormFieldCommand = field(saveFieldSchema, saveField, (r, input) => ({
  formId: input.formId,
  key: r.key,
  type: input.type,
  required: input.required,
  created: r.created,
}));
export const moveFormFieldCommand = field(moveFieldSchema, moveField, (_r, input) => ({ formId: input.formId, moved: input.direction }));
export const deleteFormFieldCommand = field(fieldRefSchema, deleteField, (r, input) => ({ formId: input.formId, key: r.key, deleted: true }));

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
