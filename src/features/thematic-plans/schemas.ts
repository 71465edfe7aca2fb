import { z } from "zod";

export const thematicPlanSchema = z.object({
  planId: z.uuid().optional(),
  name: z.string().trim().min(1, "validation.required").max(160, "validation.tooLong"),
  description: z.string().trim().max(2000, "validation.tooLong"),
});
export type ThematicPlanInput = z.infer<typeof thematicPlanSchema>;

export const thematicPlanRefSchema = z.object({ planId: z.uuid() });
