// The SMTP side: one nodemailer transport per SMTP_URL, and how an outbox row becomes a mail —
// the municipality as sender, a stable Message-ID (a resend after a crash is recognisable),
// RFC 8058 one-click unsubscribe headers, and text attachments (.ics).
import nodemailer, { type Transporter } from "nodemailer";
import type { MailAttachment } from "./enqueue";
import { oneClickUrl } from "./token";

export type MailTransport = Pick<Transporter, "sendMail">;

export function createSmtpTransport(url: string): MailTransport {
  return nodemailer.createTransport(url, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as never);
}

export type OutboxRow = {
  id: string;
  recipient: string;
  locale: string;
  subject: string;
  text_body: string;
  html_body: string;
  attachments: MailAttachment[];
  unsubscribe_url: string;
};

export function toNodemailer(row: OutboxRow, from: string) {
  return {
    from,
    to: row.recipient,
    subject: row.subject,
    text: row.text_body,
    html: row.html_body,
    messageId: `<${row.id}@medvirk>`,
    headers: {
      "Content-Language": row.locale,
      "Auto-Submitted": "auto-generated",
      ...(row.unsubscribe_url ? { "List-Unsubscribe": `<${oneClickUrl(row.unsubscribe_url)}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {}),
    },
    attachments: row.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })),
  };
}
