// /admin/utsending/[id]: one message as it is (or would be) sent — recipient, status, attempts,
// the last error, the HTML as the recipient's mail program shows it (a sandboxed frame: no
// scripts, no access to this page, links open in a new tab), the plain text and attachments —
// and, for a DEAD one, «Send på nytt».
import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { FactList } from "@/components/fact-list";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { pageNotFound } from "@/lib/missing-pages";
import type { MailAttachment } from "../enqueue";
import { getOutboxMessage } from "../outbox-queries";
import { previewHtml } from "../render";
import { OUTBOX_PATH } from "./outbox-page";
import { ResendForm } from "./resend-form";

export async function OutboxMessagePage({ id }: { id: string }) {
  const m = await getOutboxMessage(id);
  if (!m) pageNotFound();
  const [t, tm, format, date] = await Promise.all([getTranslations("mail.outbox"), getTranslations("mail"), getFormatter(), getDateFormat()]);
  const attachments = (m.attachments ?? []) as MailAttachment[];
  const facts: [string, ReactNode][] = [
    [t("colRecipient"), m.recipient || t("recipientErased")],
    [
      t("subject"),
      <span key="subject" lang={m.locale}>
        {m.subject}
      </span>,
    ],
    [t("colKind"), tm(`kinds.${m.kind}`)],
    [t("language"), tm(`languages.${m.locale}`)],
    [t("colStatus"), tm(`outboxStatus.${m.status}`)],
    [t("colAttempts"), format.number(m.attempts)],
    [t("colCreated"), date(m.createdAt, "dateTimeSeconds")],
  ];
  if (m.sentAt) facts.push([t("sentAt"), date(m.sentAt, "dateTimeSeconds")]);
  if (m.status === "PENDING" && m.attempts > 0) facts.push([t("nextAttempt"), date(m.nextAttemptAt, "dateTimeSeconds")]);
  if (m.lastError)
    facts.push([
      t("lastError"),
      <span key="error" className="break-words">
        {m.lastError}
      </span>,
    ]);
  if (m.process) facts.push([t("process"), m.process.title]);
  return (
    <>
      <p className="mb-4">
        <TextLink href={OUTBOX_PATH}>{t("back")}</TextLink>
      </p>
      <PageHeading title={t("messageTitle")} />
      <FactList layout="stacked" rows={facts} className="mb-8 max-w-3xl break-words" />
      {m.status === "DEAD" && (
        <Section id="send-igjen" heading={t("resendHeading")} headingClassName="mb-3" className="mb-8">
          <ResendForm messageId={m.id} />
        </Section>
      )}
      <Section id="html-visning" heading={t("htmlHeading")} headingClassName="mb-3" className="mb-8">
        <iframe
          title={t("htmlFrameTitle", { subject: m.subject })}
          srcDoc={previewHtml(m.htmlBody)}
          sandbox="allow-popups allow-popups-to-escape-sandbox"
          referrerPolicy="no-referrer"
          className="block h-[32rem] w-full max-w-3xl rounded border border-[var(--ds-color-neutral-border-default)] bg-white"
        />
      </Section>
      <Section id="ren-tekst" heading={t("textHeading")} headingClassName="mb-3" className="mb-8">
        <pre lang={m.locale} className="max-w-3xl whitespace-pre-wrap break-words rounded border p-4 font-sans">
          {m.textBody}
        </pre>
      </Section>
      {attachments.length > 0 && (
        <Section id="vedlegg" heading={t("attachments")} headingClassName="mb-3">
          <ul className="space-y-3">
            {attachments.map((a) => (
              <li key={a.filename}>
                <details>
                  <summary>
                    {a.filename} ({a.contentType.split(";")[0]})
                  </summary>
                  <pre className="max-w-3xl overflow-x-auto whitespace-pre text-sm">{a.content}</pre>
                </details>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  );
}
