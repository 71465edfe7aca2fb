import { z } from "zod";
import { uuidField as uuid } from "@/lib/form-values";

/** Making, renewing or turning off one's own subscription needs no input: the actor is the owner. */
export const ownCalendarSchema = z.object({});

/** Cancelling an activity: the reason is shown to the people signed up and in their calendars. */
export const cancelActivitySchema = z.object({
  processId: uuid,
  activityId: uuid,
  reason: z.string().trim().min(1, "calendar.validation.reasonRequired").max(500, "validation.tooLong"),
});
export type CancelActivityInput = z.infer<typeof cancelActivitySchema>;
