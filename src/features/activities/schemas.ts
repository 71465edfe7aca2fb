import { z } from "zod";
import { checkbox, osloDateTimeField, stringList, uuidField as uuid } from "@/lib/form-values";

const optionalUuid = z.union([uuid, z.literal("")]).transform((v) => v || null);

export const activitySchema = z
  .object({
    processId: uuid,
    activityId: uuid.optional(),
    methodId: z.uuid("activities.validation.methodRequired"),
    phaseId: optionalUuid,
    title: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
    description: z.string().trim().max(4000, "validation.tooLong"),
    startsAt: osloDateTimeField({ required: "activities.validation.startsAtRequired", invalid: "activities.validation.startsAtInvalid" }),
    endsAt: osloDateTimeField({ required: "activities.validation.endsAtRequired", invalid: "activities.validation.endsAtInvalid" }),
    place: z.string().trim().max(200, "validation.tooLong"),
    districtId: optionalUuid,
    isOnline: checkbox,
    politicianCapacity: z.coerce
      .number("validation.positiveInt")
      .int("validation.positiveInt")
      .min(0, "validation.positiveInt")
      .max(500, "validation.tooLarge"),
    isPublic: z.enum(["public", "internal"], "validation.choose").transform((v) => v === "public"),
    status: z.enum(["PLANNED", "OPEN", "DONE", "CANCELLED"], "validation.choose"),
    cancelReason: z.string().trim().max(500, "validation.tooLong").optional().default(""),
    targetGroupIds: stringList.pipe(z.array(uuid)),
  })
  .superRefine((v, ctx) => {
    if (v.endsAt && v.startsAt && v.endsAt < v.startsAt) ctx.addIssue({ code: "custom", path: ["endsAt"], message: "validation.endBeforeStart" });
    if (!v.isOnline && !v.place) ctx.addIssue({ code: "custom", path: ["place"], message: "activities.validation.placeRequired" });
  });
export type ActivityInput = z.infer<typeof activitySchema>;

export const activityRefSchema = z.object({ processId: uuid, activityId: uuid });
