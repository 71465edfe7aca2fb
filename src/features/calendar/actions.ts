"use server";

import { z } from "zod";
import { requestOrigin } from "@/lib/request-origin";
import { chooseAction, serverAction } from "@/lib/server-action";
import { cancelActivityCommand, renewCalendarCommand, turnOffCalendarCommand } from "./commands";
import { feedUrl } from "./token";

export type SubscriptionResult = { url: string | null; turnedOff: boolean };

/**
 * One form, two buttons (name="intent"): make/renew the address, or turn the subscription
 * off. The new URL goes back to this form only, the one time it is shown.
 */
export const calendarSubscriptionAction = chooseAction("intent", z.enum(["renew", "off"]).catch("renew"), {
  renew: serverAction(renewCalendarCommand, {
    revalidate: ["/politiker"],
    reply: async (r): Promise<SubscriptionResult> => ({ url: feedUrl(await requestOrigin(), r.token), turnedOff: false }),
  }),
  off: serverAction(turnOffCalendarCommand, { revalidate: ["/politiker"], reply: (): SubscriptionResult => ({ url: null, turnedOff: true }) }),
});

// Cancellation shows on many pages (admin lists, politicians' pages, the choose page).
export const cancelActivityAction = serverAction(cancelActivityCommand, { revalidate: [["/", "layout"]] });
