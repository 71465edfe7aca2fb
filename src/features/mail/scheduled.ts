// The worker's periodic jobs (once a minute, on every instance): evaluation reminders and the
// administrators' daily digest. Each message has a dedupe key, so running a job twice, or on two
// instances at once, queues it once (the unique index decides).
import type { PrismaClient } from "@/generated/prisma/client";
import { formatDate } from "@/lib/dates/format-date";
import { toUiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { osloDay, osloParts } from "@/lib/oslo-time";
import { mailOrigin } from "./config";
import { enqueue, type OutgoingMail } from "./enqueue";

/** The first reminder goes this long after the activity ended; the last one a week after the first. */
export const FIRST_REMINDER_AFTER_HOURS = 2;
export const SECOND_REMINDER_AFTER_DAYS = 7;
/** Activities that ended longer ago than this are not reminded of (no flood on the first start). */
export const REMINDER_WINDOW_DAYS = 30;
/** The digest goes out from this Oslo hour on. */
export const DIGEST_HOUR = 7;

type ReminderRow = { activity_id: string; title: string; process_id: string; user_id: string; email: string; locale: string; round: number };

/**
 * A confirmed participant of an activity that has ended (not cancelled, evaluation not closed,
 * process not archived) and has not evaluated: reminder 1 after the end, reminder 2 a week
 * after reminder 1 if still nothing. Never more.
 */
export async function enqueueEvaluationReminders(db: PrismaClient, now = new Date()): Promise<number> {
  const rows = await db.$queryRaw<ReminderRow[]>`
    SELECT a.id AS activity_id, a.title, a.process_id, u.id AS user_id, u.email, u.locale::text AS locale,
           CASE WHEN r1.created_at IS NULL THEN 1 ELSE 2 END AS round
    FROM signup s
    JOIN activity a ON a.id = s.activity_id
    JOIN process p ON p.id = a.process_id
    JOIN app_user u ON u.id = s.user_id
    LEFT JOIN outbox_message r1 ON r1.dedupe_key = 'evaluation:1:' || a.id || ':' || u.id
    WHERE s.status = 'CONFIRMED' AND a.status <> 'CANCELLED' AND a.evaluation_closed_at IS NULL
      AND p.status <> 'ARCHIVED' AND u.deactivated_at IS NULL
      AND a.ends_at <= ${now}::timestamptz - make_interval(hours => ${FIRST_REMINDER_AFTER_HOURS})
      AND a.ends_at > ${now}::timestamptz - make_interval(days => ${REMINDER_WINDOW_DAYS})
      AND NOT EXISTS (SELECT 1 FROM method_evaluation e WHERE e.activity_id = a.id AND e.user_id = u.id)
      AND (r1.created_at IS NULL OR (r1.created_at <= ${now}::timestamptz - make_interval(days => ${SECOND_REMINDER_AFTER_DAYS})
           AND NOT EXISTS (SELECT 1 FROM outbox_message r2 WHERE r2.dedupe_key = 'evaluation:2:' || a.id || ':' || u.id)))
    LIMIT 500`;
  if (rows.length === 0) return 0;
  const origin = await mailOrigin();
  const messages: OutgoingMail[] = rows.map((r) => {
    const locale = toUiLocale(r.locale);
    const t = translator(locale);
    const key = "mail.politician.EVALUATION_REMINDER";
    return {
      kind: "EVALUATION_REMINDER",
      recipient: r.email,
      locale,
      content: {
        subject: t(`${key}.subject`, { title: r.title }),
        paragraphs: [t(`${key}.intro`, { title: r.title }), ...(Number(r.round) === 2 ? [t(`${key}.again`)] : [])],
        action: { label: t(`${key}.link`), url: `${origin}/politiker/aktiviteter/${r.activity_id}/evaluering` },
      },
      why: t("mail.footer.whyPolitician"),
      dedupeKey: `evaluation:${Number(r.round)}:${r.activity_id}:${r.user_id}`,
      processId: r.process_id,
      userId: r.user_id,
    };
  });
  return db.$transaction((tx) => enqueue(tx, messages, origin));
}

type DigestRow = { process_id: string; title: string; new_inputs: number; held: number; evaluations: number; privacy_requests: number };

/**
 * Once a day (from DIGEST_HOUR Oslo time), every active administrator gets one digest with a
 * section per process that had news in the last 24 hours: new inputs, inputs held for review
 * (now), evaluations in, citizens' privacy requests still open (features/privacy). Counts only —
 * never an input's words or who wrote it.
 */
export async function enqueueAdminDigests(db: PrismaClient, now = new Date()): Promise<number> {
  if (osloParts(now).hour < DIGEST_HOUR) return 0;
  const day = osloDay(now);
  const admins = await db.user.findMany({
    where: { role: "ADMIN", deactivatedAt: null, outboxMessages: { none: { dedupeKey: { startsWith: `digest:${day}:` } } } },
    select: { id: true, email: true, locale: true },
  });
  if (admins.length === 0) return 0;
  const since = new Date(now.getTime() - 24 * 3600_000);
  const rows = await db.$queryRaw<DigestRow[]>`
    WITH n AS (SELECT process_id, count(*)::int AS c FROM input WHERE submitted_at >= ${since} AND submitted_at <= ${now} GROUP BY process_id),
         h AS (SELECT process_id, count(*)::int AS c FROM input WHERE held_for_review AND NOT is_hidden GROUP BY process_id),
         e AS (SELECT a.process_id, count(*)::int AS c FROM method_evaluation m JOIN activity a ON a.id = m.activity_id
               WHERE m.created_at >= ${since} AND m.created_at <= ${now} GROUP BY a.process_id),
         r AS (SELECT i.process_id, count(*)::int AS c FROM privacy_request pr JOIN input i ON i.id = pr.input_id
               WHERE pr.status = 'OPEN' GROUP BY i.process_id)
    SELECT p.id AS process_id, p.title, coalesce(n.c, 0) AS new_inputs, coalesce(h.c, 0) AS held, coalesce(e.c, 0) AS evaluations,
           coalesce(r.c, 0) AS privacy_requests
    FROM process p LEFT JOIN n ON n.process_id = p.id LEFT JOIN h ON h.process_id = p.id LEFT JOIN e ON e.process_id = p.id
         LEFT JOIN r ON r.process_id = p.id
    WHERE p.status <> 'ARCHIVED' AND (n.c > 0 OR e.c > 0 OR h.c > 0 OR r.c > 0)
    ORDER BY p.title, p.id`;
  if (rows.length === 0) return 0;
  const origin = await mailOrigin();
  const messages: OutgoingMail[] = admins.map((admin) => {
    const locale = toUiLocale(admin.locale);
    const t = translator(locale);
    return {
      kind: "ADMIN_DIGEST",
      recipient: admin.email,
      locale,
      content: {
        subject: t("mail.digest.subject", { date: formatDate(now, locale, "date") }),
        paragraphs: [t("mail.digest.intro")],
        sections: rows.map((r) => ({
          heading: r.title,
          facts: [
            { label: t("mail.digest.newInputs"), value: String(r.new_inputs) },
            { label: t("mail.digest.held"), value: String(r.held) },
            { label: t("mail.digest.evaluations"), value: String(r.evaluations) },
            ...(r.privacy_requests > 0 ? [{ label: t("mail.digest.privacyRequests"), value: String(r.privacy_requests) }] : []),
          ],
          action: { label: t("mail.digest.open"), url: `${origin}/admin/innspill?prosess=${r.process_id}` },
        })),
      },
      why: t("mail.footer.whyAdmin"),
      dedupeKey: `digest:${day}:${admin.id}`,
      userId: admin.id,
    };
  });
  return db.$transaction((tx) => enqueue(tx, messages, origin));
}

export async function runScheduledMail(db: PrismaClient, now = new Date()) {
  const reminders = await enqueueEvaluationReminders(db, now);
  const digests = await enqueueAdminDigests(db, now);
  return { reminders, digests };
}
