import type { Tx } from "@/lib/db";
import { hashCalendarToken, newCalendarToken } from "./token";

/**
 * Makes a new subscription token for the user, replacing any old one (whose URL then stops
 * working). Returns the raw token: the only time it exists outside the user's calendar app.
 */
export async function renewCalendarToken(tx: Tx, userId: string) {
  const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { calendarToken: true } });
  const token = newCalendarToken();
  await tx.user.update({ where: { id: userId }, data: { calendarToken: hashCalendarToken(token) } });
  return { token, replaced: before.calendarToken !== null };
}

/** Turns the subscription off: the feed URL answers 404 from now on. */
export async function turnOffCalendar(tx: Tx, userId: string) {
  const before = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { calendarToken: true } });
  if (before.calendarToken !== null) await tx.user.update({ where: { id: userId }, data: { calendarToken: null } });
  return { wasOn: before.calendarToken !== null };
}
