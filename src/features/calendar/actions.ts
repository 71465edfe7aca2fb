"use server";
import { revalidatePath } from "next/cache";
import { type ActionState, idle } from "@/lib/action";
import { serverAction } from "@/lib/server-action";
import { cancelActivityCommand, renewCalendarCommand, turnOffCalendarCommand } from "./commands";
import { feedUrl, requestOrigin } from "./origin";

export type SubscriptionResult = { url: string | null; turnedOff: boolean };

const renewHandler = serverAction(renewCalendarCommand);
const turnOffHandler = serverAction(turnOffCalendarCommand);

/**
 * One form, two buttons (name="intent"): make/renew the address, or turn the subscription
 * off. The new URL goes back to this form only, the one time it is shown.
 */
export async function calendarSubscriptionAction(_prev: ActionState<SubscriptionResult>, fd: FormData): Promise<ActionState<SubscriptionResult>> {
  if (fd.get("intent") === "off") {
    const state = await turnOffHandler(idle, fd);
    if (state.status !== "success") return state;
    revalidatePath("/politiker");
    return { status: "success", data: { url: null, turnedOff: true } };
  }
  const state = await renewHandler(idle, fd);
  if (state.status !== "success") return state;
  revalidatePath("/politiker");
  return { status: "success", data: { url: feedUrl(await requestOrigin(), state.data.token), turnedOff: false } };
}

const cancelHandler = serverAction(cancelActivityCommand);
export async function cancelActivityAction(prev: ActionState<{ id: string; notified: number }>, fd: FormData) {
  const state = await cancelHandler(prev, fd);
  // Cancellation shows on many pages (admin lists, politicians' pages, the choose page).
  if (state.status === "success") revalidatePath("/", "layout");
  return state;
}
