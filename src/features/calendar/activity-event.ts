// One activity as an iCalendar event, for one reader. Shared by the single download and the
// subscription feed, so both give the same UID and the calendar app sees one event.
import { activityWhenWhereSelect } from "@/features/processes/activity-select";
import type { Prisma } from "@/generated/prisma/client";
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import type { IcsEvent } from "@/lib/ics";
import { osloDay } from "@/lib/oslo-time";
import { slugify } from "@/lib/slug";

export const calendarActivitySelect = {
  ...activityWhenWhereSelect,
  description: true,
  status: true,
  cancelReason: true,
  sequence: true,
  updatedAt: true,
  method: { select: { name: true } },
  process: { select: { title: true } },
} satisfies Prisma.ActivitySelect;

export type CalendarActivity = Prisma.ActivityGetPayload<{ select: typeof calendarActivitySelect }>;
export type ReaderStatus = "CONFIRMED" | "WAITLISTED" | "WITHDRAWN" | null;

export const activityUid = (id: string) => `activity-${id}@medvirk`;

/** Where the event links to: the politician's own page, at the activity's card. */
export const activityUrl = (origin: string, id: string) => `${origin}/politiker#aktivitet-${id}`;

export function activityEvent(a: CalendarActivity, reader: ReaderStatus, opts: { origin: string; locale: UiLocale }): IcsEvent {
  const t = translator(opts.locale);
  const cancelled = a.status === "CANCELLED";
  const gone = cancelled || reader === "WITHDRAWN";
  const url = activityUrl(opts.origin, a.id);
  let summary = a.title;
  if (reader === "WAITLISTED" && !gone) summary = t("calendar.ics.waitlisted", { title: a.title });
  if (reader === "WITHDRAWN" && !cancelled) summary = t("calendar.ics.withdrawn", { title: a.title });
  if (cancelled) summary = t("calendar.ics.cancelled", { title: a.title });
  const description = [
    cancelled ? t("calendar.ics.cancelReason", { reason: a.cancelReason || t("calendar.ics.noReason") }) : null,
    reader === "WAITLISTED" && !gone ? t("calendar.ics.waitlistNote") : null,
    reader === "WITHDRAWN" ? t("calendar.ics.withdrawnNote") : null,
    t("calendar.ics.method", { method: a.method.name }),
    t("calendar.ics.process", { process: a.process.title }),
    a.description || null,
    t("calendar.ics.link", { url }),
  ].filter(Boolean);
  return {
    uid: activityUid(a.id),
    start: a.startsAt,
    end: a.endsAt,
    summary,
    location: a.place || (a.isOnline ? t("calendar.ics.online") : ""),
    description: description.join("\n"),
    url,
    sequence: a.sequence,
    status: gone ? "CANCELLED" : reader === "WAITLISTED" ? "TENTATIVE" : "CONFIRMED",
    lastModified: a.updatedAt,
  };
}

/** "dialogmote-med-eldreradet-2026-12-03.ics": the title and the Oslo date. */
export function activityFileName(a: Pick<CalendarActivity, "title" | "startsAt">): string {
  const day = osloDay(a.startsAt);
  return `${slugify(a.title, 40) || "aktivitet"}-${day}.ics`;
}
