// zod schemas for the methods toolbox (verktøybank). Form data arrives as strings; messages
// are i18n keys that the gate translates ("methods.validation.*" live in messages/*/methods.json).
import { z } from "zod";
import { stringList } from "@/lib/form-values";

export const LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export const CHANNELS = ["PHYSICAL", "DIGITAL", "BOTH"] as const;
export type LevelValue = (typeof LEVELS)[number];
export type ChannelValue = (typeof CHANNELS)[number];

export const NAME_MAX = 120;
export const TEXT_MAX = 4000;
export const SIZE_MAX = 120;

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");
const uuid = z.uuid();
const methodId = z.uuid("errors.method.notFound");

const methodFields = {
  name: text(NAME_MAX).min(1, "methods.validation.nameRequired"),
  description: text(TEXT_MAX).min(1, "methods.validation.descriptionRequired"),
  howTo: text(TEXT_MAX).optional().default(""),
  timeLevel: z.enum(LEVELS, "methods.validation.timeLevelRequired"),
  moneyLevel: z.enum(LEVELS, "methods.validation.moneyLevelRequired"),
  effortLevel: z.enum(LEVELS, "methods.validation.effortLevelRequired"),
  typicalSize: text(SIZE_MAX).optional().default(""),
  channel: z.enum(CHANNELS, "methods.validation.channelRequired"),
  // Checkboxes: none → absent, one → a string, several → an array. Duplicates are dropped.
  // Checked as a whole so the message lands on the group ("audienceIds"), not on "audienceIds.0".
  audienceIds: stringList
    .refine((ids) => ids.length <= 100 && ids.every((id) => uuid.safeParse(id).success), "methods.validation.audienceInvalid")
    .transform((ids) => [...new Set(ids)]),
};

export const createMethodSchema = z.object(methodFields);
export type CreateMethodInput = z.infer<typeof createMethodSchema>;

export const updateMethodSchema = z.object({ id: methodId, ...methodFields });
export type UpdateMethodInput = z.infer<typeof updateMethodSchema>;

export const deleteMethodSchema = z.object({
  id: methodId,
  // A checkbox rather than a script dialog, so deleting needs a deliberate step without JS too.
  confirm: z.literal("on", "methods.validation.confirmDelete"),
});
export type DeleteMethodInput = z.infer<typeof deleteMethodSchema>;

/** Query-string value: the first one if repeated, "" as absent. */
const param = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => {
    const first = Array.isArray(v) ? v[0] : v;
    return typeof first === "string" && first.trim() !== "" ? first.trim() : undefined;
  }, schema.optional().catch(undefined));

/** The toolbox filter in the list page's URL (Norwegian names, shareable); bad values are ignored. */
export const methodFilterSchema = z.object({
  sok: param(z.string().max(100)),
  malgruppe: param(z.string().max(120)),
  innsats: param(z.enum(LEVELS)),
  kanal: param(z.enum(CHANNELS)),
});
export type MethodFilterParams = z.infer<typeof methodFilterSchema>;
