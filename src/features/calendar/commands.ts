// Gate definitions of this feature, spread into src/features/commands.ts: the politician's own
// calendar subscription, and cancelling an activity (it is what the feeds announce).
import type { CommandRegistry } from "@/lib/action";
import { command, rowCommands } from "@/lib/command";
import { cancelActivity } from "./cancel-activity";
import { cancelActivitySchema, ownCalendarSchema } from "./schemas";
import { renewCalendarToken, turnOffCalendar } from "./subscription";

// The audit records that a subscription was made or renewed, never the token itself.
const subscription = (details: Record<string, unknown>) => ({ entityType: "calendarSubscription", details });
export const renewCalendarCommand = command(
  "calendar.self",
  ownCalendarSchema,
  (tx, _input, actor) => renewCalendarToken(tx, actor.id),
  (_i, r) => subscription({ replaced: r.replaced }),
);
export const turnOffCalendarCommand = command(
  "calendar.self",
  ownCalendarSchema,
  (tx, _input, actor) => turnOffCalendar(tx, actor.id),
  (_i, r) => subscription({ turnedOff: r.wasOn }),
);
export const cancelActivityCommand = rowCommands("activity.manage", "activity")(cancelActivitySchema, cancelActivity, (r, input) => ({
  cancelled: true,
  reason: input.reason,
  signups: r.notified,
}));

export const CALENDAR_COMMANDS: CommandRegistry = {
  renewCalendar: renewCalendarCommand,
  turnOffCalendar: turnOffCalendarCommand,
  cancelActivity: cancelActivityCommand,
};
