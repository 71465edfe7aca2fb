// Keeps the demo from going stale. The DEMRE content is written on its real calendar
// (see demre-process.ts) and moved as one block so that "today" always falls at the same
// point of the insight phase. The shift is a whole number of weeks, so weekdays survive:
// a Tuesday group leaders' meeting stays a Tuesday and a Saturday conference a Saturday.

import { fromOsloWallClock, osloOffsetIso } from "@/lib/oslo-time";

const DAY_MS = 86_400_000;

/**
 * The day the canonical DEMRE timeline treats as "today": seven weeks into the insight
 * phase, with four activities done and four still ahead. Shifted "today" lands within
 * ±3 days of it, and no activity lies closer than nine days, so statuses stay true.
 */
export const DEMRE_ANCHOR_DATE = "2025-10-06";

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS;
}

function isoFromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole weeks (in days) to add to canonical dates so the anchor falls near `today`. */
export function demoShiftDays(today: Date): number {
  const todayDay = Math.floor(today.getTime() / DAY_MS);
  return 7 * Math.round((todayDay - dayNumber(DEMRE_ANCHOR_DATE)) / 7);
}

/** Adds days to a YYYY-MM-DD date. */
export function shiftIsoDate(isoDate: string, days: number): string {
  return isoFromDayNumber(dayNumber(isoDate) + days);
}

/** A wall-clock time in Oslo on a date, as ISO 8601 with the right UTC offset. */
export function osloDateTime(isoDate: string, time: string): string {
  const [y, m, d] = isoDate.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const at = fromOsloWallClock(y ?? 1970, m ?? 1, d ?? 1, h ?? 0, mi ?? 0);
  return `${isoDate}T${time}:00${osloOffsetIso(at)}`;
}
