"use server";

import { z } from "zod";
import type { ActionState } from "@/lib/action";
import { requestOrigin } from "@/lib/request-origin";
import { chooseAction, serverAction } from "@/lib/server-action";
import { cancelActivityCommand, renewCalendarCommand, turnOffCalendarCommand } from "./commands";
import { feedUrl } from "./token";

export type SubscriptionResult = { url: string | null; turnedOff: boolean };

/**
 * One form, two buttons (name="intent"): make/renew the address, or turn the subscription
 * off. The new URL goes back to this form only, the one time it is shown.
 */
const subscription = chooseAction("intent", z.enum(["renew", "off"]).catch("renew"), {
  renew: serverAction(renewCalendarCommand, {
    revalidate: ["/politiker"],
    reply: async (r): Promise<SubscriptionResult> => ({ url: feedUrl(await requestOrigin(), r.token), turnedOff: false }),
  }),
  off: serverAction(turnOffCalendarCommand, { revalidate: ["/politiker"], reply: (): SubscriptionResult => ({ url: null, turnedOff: true }) }),
});
export async function calendarSubscriptionAction(prev: ActionState<SubscriptionResult>, fd: FormData): Promise<ActionState<SubscriptionResult>> {
  return subscription(prev, fd);
}

// Cancellation shows on many pages (admin lists, politicians' pages, the choose page).
const cancelHandler = serverAction(cancelActivityCommand, { revalidate: [["/", "layout"]] });
export async function cancelActivityAction(prev: ActionState<{ id: string; notified: number }>, fd: FormData) {
  return cancelHandler(prev, fd);
}
