// The outbox's one way in: enqueue(tx, …) writes messages in the caller's transaction, so a
// message exists exactly when the change that causes it commits. One statement for any number
// of messages; a recipient who turned the kind off gets no row; a dedupe key that already
// exists (a reminder, a repeated publication) adds nothing.
import { randomUUID } from "node:crypto";
import type { Locale, MailKind } from "@/generated/prisma/enums";
import type { Tx } from "@/lib/db";
import type { UiLocale } from "@/lib/i18n/config";
import { renderMail, type MailContent } from "./render";
import { unsubscribeUrl } from "./token";

export type MailAttachment = { filename: string; contentType: string; content: string };

export type OutgoingMail = {
  kind: MailKind;
  recipient: string;
  locale: UiLocale;
  /** Builds the content; gets the message's own unsubscribe URL (already in the footer). */
  content: MailContent;
  why: string;
  attachments?: MailAttachment[];
  dedupeKey?: string | null;
  processId?: string | null;
  userId?: string | null;
  inputId?: string | null;
  /** The input by its receipt code, when the caller has no id at hand (the public form). */
  inputReceiptCode?: string | null;
};

export const normalizeAddress = (address: string) => address.trim().toLowerCase();

/** One outbox_message row as enqueue writes it (also what submit_public_input() takes as JSON). */
export type OutboxRow = {
  id: string;
  kind: MailKind;
  recipient: string;
  locale: Locale;
  subject: string;
  text_body: string;
  html_body: string;
  attachments: MailAttachment[];
  unsubscribe_url: string;
  dedupe_key: string | null;
  process_id: string | null;
  user_id: string | null;
  input_id: string | null;
  receipt_code: string | null;
};

/** The messages rendered now as rows, each with its own id and unsubscribe URL; none for an address without «@». */
export function outboxRows(messages: OutgoingMail[], origin: string): OutboxRow[] {
  return messages
    .filter((m) => m.recipient.includes("@"))
    .map((m) => {
      const id = randomUUID();
      const unsubscribe = unsubscribeUrl(origin, id, m.locale);
      const rendered = renderMail(m.content, { locale: m.locale, unsubscribeUrl: unsubscribe, why: m.why });
      return {
        id,
        kind: m.kind,
        recipient: normalizeAddress(m.recipient),
        locale: m.locale,
        subject: rendered.subject,
        text_body: rendered.text,
        html_body: rendered.html,
        attachments: m.attachments ?? [],
        unsubscribe_url: unsubscribe,
        dedupe_key: m.dedupeKey ?? null,
        process_id: m.processId ?? null,
        user_id: m.userId ?? null,
        input_id: m.inputId ?? null,
        receipt_code: m.inputReceiptCode ?? null,
      };
    });
}

/** Writes the messages (rendered now) in `tx`; returns how many rows were written. */
export async function enqueue(tx: Tx, messages: OutgoingMail[], origin: string): Promise<number> {
  const rows = outboxRows(messages, origin);
  let written = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const batch = rows.slice(i, i + 500);
    written += await tx.$executeRaw`
      INSERT INTO outbox_message (id, kind, recipient, locale, subject, text_body, html_body, attachments, unsubscribe_url, dedupe_key, process_id, user_id, input_id)
      SELECT r.id, r.kind::"MailKind", r.recipient, r.locale::"Locale", r.subject, r.text_body, r.html_body, r.attachments, r.unsubscribe_url, r.dedupe_key, r.process_id, r.user_id,
        COALESCE(r.input_id, (SELECT i.id FROM input i WHERE i.receipt_code = r.receipt_code))
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS r(id uuid, kind text, recipient text, locale text, subject text, text_body text, html_body text, attachments jsonb, unsubscribe_url text, dedupe_key text, process_id uuid, user_id uuid, input_id uuid, receipt_code text)
      WHERE NOT EXISTS (SELECT 1 FROM mail_opt_out o WHERE o.address = r.recipient AND o.kind = r.kind::"MailKind")
      ON CONFLICT (dedupe_key) DO NOTHING`;
  }
  return written;
}

/** A citizen's input language as one of ours (forms are nb/nn/en; anything else reads bokmål). */
export const uiLocaleOf = (language: string | null | undefined): UiLocale => (language === "nn" || language === "en" ? language : "nb");
