// Gate definitions for the district list. Registered through FORM_COMMANDS (features/forms):
// the list is what a form's district field offers, managed by whoever manages forms.
import { rowCommands } from "@/lib/command";
import { deleteDistrict } from "./delete-district";
import { moveDistrict } from "./move-district";
import { saveDistrict } from "./save-district";
import { districtRefSchema, districtSchema, moveDistrictSchema } from "./schemas";

const district = rowCommands("form.manage", "district");

export const saveDistrictCommand = district(districtSchema, saveDistrict, (r) => ({ name: r.name, created: r.created }));
export const moveDistrictCommand = district(moveDistrictSchema, moveDistrict, (_r, input) => ({ moved: input.direction }));
export const deleteDistrictCommand = district(districtRefSchema, deleteDistrict, (r) => ({ name: r.name, deleted: true }));
