// /admin/personvern/<id>: one request with the input and contact details it concerns, and,
// while open, the form that carries it out (delete, correct, answer or refuse).
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { getPrivacyRequest } from "../queries";
import { HandlePrivacyRequestForm } from "./handle-privacy-request-form";

type Request = NonNullable<Awaited<ReturnType<typeof getPrivacyRequest>>>;

export async function PrivacyRequestPage({ request }: { request: Request }) {
  const [t, fmtDate] = await Promise.all([getTranslations("privacy.admin"), getDateFormat()]);
  const input = request.input;
  const contact = input?.contact;
  return (
    <>
      <Paragraph className="mb-4">
        <TextLink href="/admin/personvern">{t("back")}</TextLink>
      </Paragraph>
      <PageHeading
        title={t("detailTitle", { kind: t(`kind.${request.kind}`).toLocaleLowerCase("nb") })}
        lead={`${fmtDate(request.createdAt, "dateTime")} · ${t(`status.${request.status}`)}`}
      />
      <FactList
        layout="stacked"
        rows={[
          [t("message"), request.message || t("noMessage")],
          [t("replyEmail"), request.replyEmail || t("noReplyEmail")],
          [
            t("columns.receipt"),
            <span key="code" className="font-mono">
              {request.receiptCode}
            </span>,
          ],
          [
            t("input"),
            input ? (
              <TextLink key="input" href={`/admin/innspill/${input.id}`}>{`${input.process.title} – ${fmtDate(input.submittedAt, "date")}`}</TextLink>
            ) : (
              t("inputGone")
            ),
          ],
          [t("contact"), contact ? [contact.name, contact.email, contact.phone].filter(Boolean).join(", ") : t("noContact")],
          ...(request.handledAt ? [[t("resolution"), request.resolution || "–"] as [string, string]] : []),
        ]}
        className="max-w-3xl"
      />
      {input && <blockquote className="my-6 max-w-3xl border-l-4 border-gray-300 pl-4 whitespace-pre-wrap">{input.text}</blockquote>}
      {request.handledAt ? (
        <Paragraph className="mt-6">{t("handledBy", { date: fmtDate(request.handledAt, "dateTime"), name: request.handledBy?.name ?? "–" })}</Paragraph>
      ) : (
        <Section id="behandle" heading={t("handleHeading")} headingClassName="mb-4" className="mt-8">
          <HandlePrivacyRequestForm id={request.id} kind={request.kind} text={input?.text ?? ""} />
        </Section>
      )}
    </>
  );
}
