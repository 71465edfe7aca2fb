// Gate definitions of this feature, spread into src/features/commands.ts: the politician's own
// calendar subscription, and cancelling an activity (it is what the feeds announce).
import type { CommandRegistry, Def } from "@/lib/action";
import { cancelActivity } from "./cancel-activity";
import { cancelActivitySchema, ownCalendarSchema } from "./schemas";
import { renewCalendarToken, turnOffCalendar } from "./subscription";

// The audit records that a subscription was made or renewed, never the token itself.
export const renewCalendarCommand = {
  permission: "calendar.self",
  schema: ownCalendarSchema,
  run: ({ tx, actor }) => renewCalendarToken(tx, actor.id),
  audit: (_input, r) => ({ entityType: "calendarSubscription", details: { replaced: r.replaced } }),
} satisfies Def<typeof ownCalendarSchema, Awaited<ReturnType<typeof renewCalendarToken>>>;

export const turnOffCalendarCommand = {
  permission: "calendar.self",
  schema: ownCalendarSchema,
  run: ({ tx, actor }) => turnOffCalendar(tx, actor.id),
  audit: (_input, r) => ({ entityType: "calendarSubscription", details: { turnedOff: r.wasOn } }),
} satisfies Def<typeof ownCalendarSchema, Awaited<ReturnType<typeof turnOffCalendar>>>;

export const cancelActivityCommand = {
  permission: "activity.manage",
  schema: cancelActivitySchema,
  run: ({ tx, input }) => cancelActivity(tx, input),
  audit: (input, r) => ({
    entityType: "activity",
    entityId: r.id,
    processId: input.processId,
    details: { cancelled: true, reason: input.reason, signups: r.notified },
  }),
} satisfies Def<typeof cancelActivitySchema, Awaited<ReturnType<typeof cancelActivity>>>;

export const CALENDAR_COMMANDS: CommandRegistry = {
  renewCalendar: renewCalendarCommand,
  turnOffCalendar: turnOffCalendarCommand,
  cancelActivity: cancelActivityCommand,
};
