// What politicians hear by e-mail (issue #22): a confirmed place (with the event as .ics), a
// promotion from the waitlist, an activity moved or cancelled (the updated .ics; METHOD:CANCEL
// for a cancellation, with the same UID and a higher SEQUENCE so the calendar app replaces the
// event). Written in the transaction of the sign-up or the change (signups/, activities/,
// calendar/). It lives beside the .ics it attaches: calendar uses the outbox (features/mail),
// never the reverse, so mail depends on no feature.
import { mailOrigin } from "@/features/mail/config";
import { enqueue, type MailAttachment, type OutgoingMail } from "@/features/mail/enqueue";
import type { MailKind } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/dates/format-date";
import type { Tx } from "@/lib/db";
import { toUiLocale, type UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { renderCalendar } from "@/lib/ics";
import { activityEvent, activityFileName, calendarActivitySelect, type CalendarActivity, type ReaderStatus } from "./activity-event";

type Reader = { userId: string; email: string; locale: string; status: ReaderStatus };

function icsAttachment(a: CalendarActivity, reader: ReaderStatus, origin: string, locale: UiLocale, method: "PUBLISH" | "CANCEL"): MailAttachment {
  const t = translator(locale);
  return {
    filename: activityFileName(a),
    contentType: `text/calendar; charset=utf-8; method=${method}`,
    content: renderCalendar({ name: t("calendar.ics.oneName", { title: a.title }), events: [activityEvent(a, reader, { origin, locale })], method }),
  };
}

function facts(a: CalendarActivity, locale: UiLocale) {
  const t = translator(locale);
  return [
    { label: t("mail.politician.when"), value: `${formatDate(a.startsAt, locale, "dateTimeFull")} – ${formatDate(a.endsAt, locale, "time")}` },
    { label: t("mail.politician.where"), value: a.place || (a.isOnline ? t("calendar.ics.online") : t("mail.politician.placeUnknown")) },
    { label: t("mail.politician.process"), value: a.process.title },
  ];
}

async function readersOf(tx: Tx, activityId: string, where: { userIds?: string[]; statuses: ("CONFIRMED" | "WAITLISTED")[] }): Promise<Reader[]> {
  const rows = await tx.signup.findMany({
    where: { activityId, status: { in: where.statuses }, ...(where.userIds ? { userId: { in: where.userIds } } : {}), user: { deactivatedAt: null } },
    select: { status: true, user: { select: { id: true, email: true, locale: true } } },
  });
  return rows.map((r) => ({ userId: r.user.id, email: r.user.email, locale: r.user.locale, status: r.status as ReaderStatus }));
}

async function send(tx: Tx, activityId: string, kind: MailKind, readers: Reader[], dedupe: (r: Reader, a: CalendarActivity) => string | null) {
  if (readers.length === 0) return 0;
  const a = await tx.activity.findUnique({ where: { id: activityId }, select: { ...calendarActivitySelect, processId: true } });
  if (!a) return 0;
  const origin = await mailOrigin();
  const messages: OutgoingMail[] = readers.map((r) => {
    const locale = toUiLocale(r.locale);
    const t = translator(locale);
    const key = `mail.politician.${kind}`;
    const paragraphs = [t(`${key}.intro`, { title: a.title })];
    if (kind === "ACTIVITY_CANCELLED") paragraphs.push(t("mail.politician.reason", { reason: a.cancelReason || t("calendar.ics.noReason") }));
    if (kind === "ACTIVITY_CHANGED" && r.status === "WAITLISTED") paragraphs.push(t("calendar.ics.waitlistNote"));
    paragraphs.push(t(kind === "ACTIVITY_CANCELLED" ? "mail.politician.icsCancel" : "mail.politician.ics"));
    return {
      kind,
      recipient: r.email,
      locale,
      content: {
        subject: t(`${key}.subject`, { title: a.title }),
        paragraphs,
        facts: facts(a, locale),
        action: { label: t("mail.politician.open"), url: `${origin}/politiker#aktivitet-${a.id}` },
      },
      why: t("mail.footer.whyPolitician"),
      attachments: [icsAttachment(a, r.status, origin, locale, kind === "ACTIVITY_CANCELLED" ? "CANCEL" : "PUBLISH")],
      dedupeKey: dedupe(r, a),
      processId: a.processId,
      userId: r.userId,
    };
  });
  return enqueue(tx, messages, origin);
}

/** A place is confirmed (the politician signed up, or the administration added them). */
export async function enqueueSignupConfirmed(tx: Tx, args: { activityId: string; userId: string }) {
  const readers = await readersOf(tx, args.activityId, { userIds: [args.userId], statuses: ["CONFIRMED"] });
  return send(tx, args.activityId, "SIGNUP_CONFIRMED", readers, () => null);
}

/** Promoted from the waitlist: a place opened and went to them. */
export async function enqueuePromoted(tx: Tx, args: { activityId: string; userIds: string[] }) {
  if (args.userIds.length === 0) return 0;
  const readers = await readersOf(tx, args.activityId, { userIds: args.userIds, statuses: ["CONFIRMED"] });
  return send(tx, args.activityId, "SIGNUP_PROMOTED", readers, () => null);
}

/** Moved (time or place changed): everyone signed up or waiting, with the updated event. Once per version. */
export async function enqueueActivityChanged(tx: Tx, args: { activityId: string }) {
  const readers = await readersOf(tx, args.activityId, { statuses: ["CONFIRMED", "WAITLISTED"] });
  return send(tx, args.activityId, "ACTIVITY_CHANGED", readers, (r, a) => `changed:${a.id}:${a.sequence}:${r.userId}`);
}

/** Cancelled: everyone signed up or waiting, with METHOD:CANCEL. Once per activity and person. */
export async function enqueueActivityCancelled(tx: Tx, args: { activityId: string }) {
  const readers = await readersOf(tx, args.activityId, { statuses: ["CONFIRMED", "WAITLISTED"] });
  return send(tx, args.activityId, "ACTIVITY_CANCELLED", readers, (r, a) => `cancelled:${a.id}:${r.userId}`);
}
