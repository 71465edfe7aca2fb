// zod schemas for the managed list of districts (bydeler). Messages are i18n keys.
import { z } from "zod";
import { uuidField as uuid } from "@/lib/form-values";

export const districtSchema = z.object({
  districtId: z.union([z.literal("").transform(() => undefined), uuid]).optional(),
  name: z.string().trim().min(1, "validation.required").max(120, "validation.tooLong"),
});
export type DistrictInput = z.infer<typeof districtSchema>;

export const districtRefSchema = z.object({ districtId: uuid });
export const moveDistrictSchema = districtRefSchema.extend({ direction: z.enum(["up", "down"]) });
