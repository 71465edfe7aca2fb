// The outbox worker: takes one due message at a time with FOR UPDATE SKIP LOCKED and keeps the
// row locked while it talks to the SMTP server, so two app instances (or two workers in one)
// never send one message twice. A failure counts an attempt and waits (exponential back-off);
// after MAX_ATTEMPTS the message is DEAD and an administrator can resend it (/admin/utsending).
// A recipient who turned the kind off after it was queued is SKIPPED, not sent; a citizen's
// message whose input has lost its contact details meanwhile (however they went) is CANCELLED.
import type { PrismaClient } from "@/generated/prisma/client";
import { log } from "@/lib/logger";
import { toNodemailer, type MailTransport, type OutboxRow } from "./transport";

export const MAX_ATTEMPTS = 8;

export type WorkerOptions = {
  transport: MailTransport;
  from: string;
  maxAttempts?: number;
  /** The first retry waits this long; each further one twice as long, at most maxDelayMs. */
  baseDelayMs?: number;
  maxDelayMs?: number;
};

export const retryDelayMs = (attempts: number, base = 30_000, max = 3_600_000) => Math.min(max, base * 2 ** Math.max(0, attempts - 1));

type Claimed = OutboxRow & { attempts: number; opted_out: boolean; contact_gone: boolean };

export type SendOutcome = "sent" | "retry" | "dead" | "skipped" | "cancelled" | "none";

/** Sends the next due message, if any. */
export async function sendNext(db: PrismaClient, opts: WorkerOptions): Promise<SendOutcome> {
  const max = opts.maxAttempts ?? MAX_ATTEMPTS;
  return db.$transaction(
    async (tx) => {
      const rows = await tx.$queryRaw<Claimed[]>`
        SELECT m.id, m.recipient, m.locale::text AS locale, m.subject, m.text_body, m.html_body, m.attachments, m.unsubscribe_url, m.attempts,
               EXISTS (SELECT 1 FROM mail_opt_out o WHERE o.address = m.recipient AND o.kind = m.kind) AS opted_out,
               (m.input_id IS NOT NULL AND m.kind IN ('INPUT_RECEIPT', 'INPUT_ANSWERED', 'HEARD_PUBLISHED')
                AND NOT EXISTS (SELECT 1 FROM input_contact c WHERE c.input_id = m.input_id)) AS contact_gone
        FROM outbox_message m
        WHERE m.status = 'PENDING' AND m.next_attempt_at <= now()
        ORDER BY m.next_attempt_at, m.id
        LIMIT 1
        FOR UPDATE OF m SKIP LOCKED`;
      const row = rows[0];
      if (!row) return "none";
      if (row.contact_gone) {
        await tx.$executeRaw`UPDATE outbox_message SET status = 'CANCELLED', recipient = '', dedupe_key = NULL WHERE id = ${row.id}::uuid`;
        return "cancelled";
      }
      if (row.opted_out) {
        await tx.$executeRaw`UPDATE outbox_message SET status = 'SKIPPED' WHERE id = ${row.id}::uuid`;
        return "skipped";
      }
      try {
        await opts.transport.sendMail(toNodemailer(row, opts.from));
      } catch (error) {
        const attempts = row.attempts + 1;
        const message = error instanceof Error ? error.message : String(error);
        const dead = attempts >= max;
        const delay = retryDelayMs(attempts, opts.baseDelayMs, opts.maxDelayMs);
        await tx.$executeRaw`
          UPDATE outbox_message
          SET attempts = ${attempts}, last_error = ${message.slice(0, 1000)},
              status = ${dead ? "DEAD" : "PENDING"}::"OutboxStatus",
              next_attempt_at = now() + ${delay} * interval '1 millisecond'
          WHERE id = ${row.id}::uuid`;
        log.warn("mail: send failed", { messageId: row.id, attempts, dead, reason: message });
        return dead ? "dead" : "retry";
      }
      await tx.$executeRaw`UPDATE outbox_message SET status = 'SENT', attempts = attempts + 1, sent_at = now(), last_error = '' WHERE id = ${row.id}::uuid`;
      return "sent";
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/** Sends every message that is due now (up to `limit`); stops at the first failure, which waits its turn. */
export async function drainOutbox(db: PrismaClient, opts: WorkerOptions, limit = 200): Promise<Record<SendOutcome, number>> {
  const counts: Record<SendOutcome, number> = { sent: 0, retry: 0, dead: 0, skipped: 0, cancelled: 0, none: 0 };
  for (let i = 0; i < limit; i++) {
    const outcome = await sendNext(db, opts);
    counts[outcome]++;
    if (outcome === "none" || outcome === "retry" || outcome === "dead") break;
  }
  return counts;
}
