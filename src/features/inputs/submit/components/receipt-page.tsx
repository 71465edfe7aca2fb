import { getTranslations } from "next-intl/server";
import { Alert, Card, Heading, Paragraph, Tag } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { draftKey } from "@/features/forms/components/draft-key";
import { DraftCleaner } from "@/features/forms/components/form-enhancements";
import { HeardLink } from "@/features/knowledge/heard/components/heard-link";
import { PrivacySection } from "@/features/privacy/components/privacy-section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { getReceipt } from "../receipt-queries";
import { ReceiptLookup } from "./receipt-lookup";

type Receipt = NonNullable<Awaited<ReturnType<typeof getReceipt>>>;

/** The receipt: the code large and easy to copy or print, what happens next, and the status. */
export async function ReceiptPage({ receipt, fresh }: { receipt: Receipt; fresh: boolean }) {
  const [t, fmtDate] = await Promise.all([getTranslations("forms.receipt"), getDateFormat()]);
  return (
    <div className="space-y-8">
      <PageHeading title={fresh ? t("thanks") : t("title")} lead={fresh ? t("thanksLead") : undefined} />
      {/* Sent: the draft kept in the browser (with JavaScript) is no longer needed. */}
      {fresh && receipt.form && <DraftCleaner storageKey={draftKey(receipt.form.slug, receipt.language)} />}
      <Card data-color="accent" className="max-w-xl">
        <Paragraph data-size="sm">{t("codeLabel")}</Paragraph>
        <p
          className="my-2 font-mono text-4xl font-bold tracking-widest select-all"
          aria-label={t("codeSpelled", { code: receipt.receiptCode.split("").join(" ") })}
        >
          {receipt.receiptCode}
        </p>
        <Paragraph data-size="sm">{t("codeHelp")}</Paragraph>
      </Card>
      <Section id="status-tittel" heading={t("statusHeading")} className="space-y-3">
        <Paragraph>
          <Tag data-color={receipt.status === "USED" ? "success" : receipt.status === "NOT_USED" ? "warning" : "info"}>{t(`status.${receipt.status}`)}</Tag>
        </Paragraph>
        <Paragraph>{t(`statusExplain.${receipt.status}`)}</Paragraph>
        {receipt.publicResponse && (
          <Alert data-color="info">
            <Heading level={3} data-size="2xs">
              {t("response")}
            </Heading>
            <Paragraph>{receipt.publicResponse}</Paragraph>
          </Alert>
        )}
        <Paragraph data-size="sm">{t("submitted", { date: fmtDate(receipt.submittedAt, "dateTime"), process: receipt.process.title })}</Paragraph>
      </Section>
      <Section id="neste-tittel" heading={t("nextHeading")} className="space-y-3">
        <Paragraph>{t("nextBody")}</Paragraph>
        <TextLink href={`/prosesser/${receipt.process.slug}`}>{t("toProcess", { title: receipt.process.title })}</TextLink>
      </Section>
      <HeardLink processSlug={receipt.process.slug} processTitle={receipt.process.title} variant="receipt" />
      <PrivacySection code={receipt.receiptCode} />
      <ReceiptLookup />
    </div>
  );
}
