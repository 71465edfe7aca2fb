// /admin/utsending/[id]: one message as it is (or would be) sent — recipient, status, attempts,
// the last error, the plain-text body and attachments — and, for a DEAD one, «Send på nytt».
import { Heading } from "@digdir/designsystemet-react";
import { getFormatter, getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/page-heading";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { MailAttachment } from "../enqueue";
import { getOutboxMessage } from "../outbox-queries";
import { OUTBOX_PATH } from "./outbox-page";
import { ResendForm } from "./resend-form";
import { pageNotFound } from "@/lib/missing-pages";

export async function OutboxMessagePage({ id }: { id: string }) {
  const m = await getOutboxMessage(id);
  if (!m) pageNotFound();
  const [t, tm, format, date] = await Promise.all([getTranslations("mail.outbox"), getTranslations("mail"), getFormatter(), getDateFormat()]);
  const attachments = (m.attachments ?? []) as MailAttachment[];
  const facts: [string, string][] = [
    [t("colRecipient"), m.recipient],
    [t("colKind"), tm(`kinds.${m.kind}`)],
    [t("language"), tm(`languages.${m.locale}`)],
    [t("colStatus"), tm(`outboxStatus.${m.status}`)],
    [t("colAttempts"), format.number(m.attempts)],
    [t("colCreated"), date(m.createdAt, "dateTimeSeconds")],
    ...(m.sentAt ? ([[t("sentAt"), date(m.sentAt, "dateTimeSeconds")]] as [string, string][]) : []),
    ...(m.status === "PENDING" && m.attempts > 0 ? ([[t("nextAttempt"), date(m.nextAttemptAt, "dateTimeSeconds")]] as [string, string][]) : []),
    ...(m.lastError ? ([[t("lastError"), m.lastError]] as [string, string][]) : []),
    ...(m.process ? ([[t("process"), m.process.title]] as [string, string][]) : []),
  ];
  return (
    <>
      <p className="mb-4">
        <NextLink className="ds-link" href={OUTBOX_PATH}>
          {t("back")}
        </NextLink>
      </p>
      <PageHeading title={t("messageTitle")} />
      <dl className="mb-8 grid max-w-2xl grid-cols-[10rem_1fr] gap-y-2">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd className="break-words">{value}</dd>
          </div>
        ))}
      </dl>
      {m.status === "DEAD" && (
        <section aria-labelledby="send-igjen" className="mb-8">
          <Heading level={2} data-size="sm" id="send-igjen" className="mb-3">
            {t("resendHeading")}
          </Heading>
          <ResendForm messageId={m.id} />
        </section>
      )}
      <section aria-labelledby="innhold" className="mb-8" lang={m.locale}>
        <Heading level={2} data-size="sm" id="innhold" className="mb-3">
          <span lang="nb">{t("subject")}:</span> {m.subject}
        </Heading>
        <pre className="max-w-3xl whitespace-pre-wrap break-words rounded border p-4 font-sans">{m.textBody}</pre>
      </section>
      {attachments.length > 0 && (
        <section aria-labelledby="vedlegg">
          <Heading level={2} data-size="sm" id="vedlegg" className="mb-3">
            {t("attachments")}
          </Heading>
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
        </section>
      )}
    </>
  );
}
