// The method comparison's GET parameters (works without JavaScript): which process, which
// period (activity start dates, Oslo calendar days), which target group, and the sort column.
import { z } from "zod";
import { optionalDate } from "@/lib/form-values";

export const SORT_COLUMNS = [
  "name",
  "held",
  "politicians",
  "hours",
  "cost",
  "participants",
  "inputs",
  "inputsPerHour",
  "participantsPerHour",
  "groups",
  "wouldUseAgain",
] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v) ?? "";

export const methodFilterSchema = z.object({
  prosess: z.preprocess(one, z.string().trim().max(200)).catch(""),
  fra: z.preprocess(one, optionalDate).catch(null),
  til: z.preprocess(one, optionalDate).catch(null),
  malgruppe: z.preprocess(one, z.union([z.uuid(), z.literal("")])).catch(""),
  sorter: z.preprocess(one, z.enum(SORT_COLUMNS)).catch("inputsPerHour"),
  retning: z.preprocess(one, z.enum(["asc", "desc"])).catch("desc"),
});
export type MethodFilter = z.infer<typeof methodFilterSchema>;
