// Gate definitions for the district list. Registered through FORM_COMMANDS (features/forms):
// the list is what a form's district field offers, managed by whoever manages forms.
import type { Def } from "@/lib/action";
import { deleteDistrict } from "./delete-district";
import { moveDistrict } from "./move-district";
import { saveDistrict } from "./save-district";
import { districtRefSchema, districtSchema, moveDistrictSchema } from "./schemas";

export const saveDistrictCommand = {
  permission: "form.manage",
  schema: districtSchema,
  run: ({ tx, input }) => saveDistrict(tx, input),
  audit: (input, r) => ({ entityType: "district", entityId: r.id, details: { name: r.name, created: r.created } }),
} satisfies Def<typeof districtSchema, { id: string; name: string; created: boolean }>;

export const moveDistrictCommand = {
  permission: "form.manage",
  schema: moveDistrictSchema,
  run: ({ tx, input }) => moveDistrict(tx, input),
  audit: (input) => ({ entityType: "district", entityId: input.districtId, details: { moved: input.direction } }),
} satisfies Def<typeof moveDistrictSchema, { id: string }>;

export const deleteDistrictCommand = {
  permission: "form.manage",
  schema: districtRefSchema,
  run: ({ tx, input }) => deleteDistrict(tx, input),
  audit: (input, r) => ({ entityType: "district", entityId: input.districtId, details: { name: r.name, deleted: true } }),
} satisfies Def<typeof districtRefSchema, { id: string; name: string }>;
