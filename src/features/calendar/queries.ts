// Reads for calendar files: the subscription feed behind a token, one activity for download,
// and whether a user's subscription is on. The feed is read without a session: the token
// is the credential, so it is checked first and nothing else is trusted from the request.
import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/lib/db";
import { toUiLocale } from "@/lib/i18n/config";
import { isUuid } from "@/lib/ids";
import { can } from "@/lib/permissions";
import { calendarActivitySelect } from "./activity-event";
import { hashCalendarToken, isCalendarToken } from "./token";

/** How far back the feed reaches: past events stay, and cancellations reach every app. */
export const FEED_DAYS_BACK = 90;
const FEED_MAX = 1000;
const DAY = 86_400_000;

// Drafts are not shown to politicians; closed and archived processes keep their history.
const visibleProcess = { status: { not: "DRAFT" } } satisfies Prisma.ProcessWhereInput;

/** The feed behind a token, or null (unknown or revoked token, deactivated user, wrong role). */
export async function calendarFeed(token: string, now = new Date()) {
  if (!isCalendarToken(token)) return null;
  const user = await db.user.findFirst({
    where: { calendarToken: hashCalendarToken(token), deactivatedAt: null },
    select: { id: true, name: true, role: true, locale: true },
  });
  if (!user || !can(user.role, "calendar.self")) return null;
  const rows = await db.signup.findMany({
    where: { userId: user.id, activity: { endsAt: { gte: new Date(now.getTime() - FEED_DAYS_BACK * DAY) }, process: visibleProcess } },
    orderBy: [{ activity: { startsAt: "asc" } }, { id: "asc" }],
    take: FEED_MAX,
    select: { status: true, activity: { select: calendarActivitySelect } },
  });
  return { user: { id: user.id, name: user.name, locale: toUiLocale(user.locale) }, rows };
}

/** One activity for the .ics download, with the reader's own sign-up status (if any). */
export async function activityForDownload(activityId: string, userId: string) {
  if (!isUuid(activityId)) return null;
  const activity = await db.activity.findFirst({ where: { id: activityId, process: visibleProcess }, select: calendarActivitySelect });
  if (!activity) return null;
  const signup = await db.signup.findUnique({ where: { activityId_userId: { activityId, userId } }, select: { status: true } });
  return { activity, reader: signup?.status ?? null };
}

export async function calendarSubscriptionActive(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { calendarToken: true } });
  return !!user?.calendarToken;
}

/** People an activity's cancellation reaches: signed up or on the waitlist. */
export async function activeSignupCount(activityId: string): Promise<number> {
  return db.signup.count({ where: { activityId, status: { in: ["CONFIRMED", "WAITLISTED"] } } });
}
