// /admin/kunnskapsbase/sladd/[id]: the original (administration only) next to an editable
// public version, pre-filled with the automatic redactions when there is none yet.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { InputText } from "@/components/input-text";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { KnowledgeNav } from "../../components/knowledge-nav";
import { autoRedact } from "../../screening/screen";
import { approveInputAction, clearRedactionAction, redactInputAction } from "../actions";
import { REVIEW_PATH } from "../paths";
import { publicText } from "../public-text";
import type { RedactionInput } from "../queries";
import { MAX_REDACTED_TEXT } from "../schemas";
import { FlagList } from "./flag-list";

const NOTICES = { sladdet: "review.saved", fjernet: "redact.cleared" } as const;

export async function RedactionPage({ input, notice }: { input: RedactionInput; notice?: string }) {
  const t = await getTranslations("knowledgeModeration");
  const noticeKey = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : undefined;
  const quotable = publicText(input) != null;
  const status = input.isHidden
    ? t("redact.status.hidden")
    : [
        input.heldForReview ? t("redact.status.held") : null,
        input.redactedText != null ? t("redact.status.redacted") : null,
        quotable ? t("redact.status.quotable") : t("redact.status.notQuotable"),
      ]
        .filter(Boolean)
        .join(" · ");
  return (
    <>
      <PageHeading title={t("redact.title", { code: input.receiptCode })} lead={t("redact.lead")} />
      <KnowledgeNav current={REVIEW_PATH} />
      <div className="space-y-6">
        <TextLink href={REVIEW_PATH}>{t("redact.back")}</TextLink>
        {noticeKey && (
          <Alert data-color="success" role="status">
            {t(noticeKey)}
          </Alert>
        )}
        <Paragraph>
          <span className="font-semibold">{t("redact.statusLabel")}:</span> {status}
        </Paragraph>
        {input.heldForReview && !input.isHidden && (
          <div className="space-y-2">
            <Paragraph data-size="sm">{t("review.approveHelp")}</Paragraph>
            <ButtonForm
              action={approveInputAction}
              label={t("review.approve")}
              idPrefix="godkjenn"
              className="space-y-2"
              variant="primary"
              hidden={{ inputId: input.id }}
            />
          </div>
        )}
        <div className="grid gap-8 lg:grid-cols-2">
          <Section id="original-tittel" heading={t("redact.original")} className="space-y-3">
            <Paragraph className="whitespace-pre-line break-words">
              <InputText lang={input.language} text={input.text} block />
            </Paragraph>
            <Heading level={3} data-size="xs">
              {t("redact.flags")}
            </Heading>
            {input.flags.length ? <FlagList flags={input.flags} /> : <Paragraph>{t("redact.noFlags")}</Paragraph>}
          </Section>
          <Section id="offentlig-tittel" heading={t("redact.public")} className="space-y-3">
            <ActionForm action={redactInputAction} submitLabel={t("redact.save")} idPrefix="sladd" className="space-y-4">
              <input type="hidden" name="inputId" value={input.id} />
              <TextField
                name="redactedText"
                label={t("redact.public")}
                description={t("redact.publicHelp")}
                multiline
                rows={8}
                maxLength={MAX_REDACTED_TEXT}
                defaultValue={input.redactedText ?? autoRedact(input.text)}
              />
            </ActionForm>
            {input.redactedText != null && (
              <div className="space-y-2">
                <Paragraph data-size="sm">{t("redact.clearHelp")}</Paragraph>
                <ButtonForm action={clearRedactionAction} label={t("redact.clear")} idPrefix="fjern" className="space-y-2" hidden={{ inputId: input.id }} />
              </div>
            )}
          </Section>
        </div>
      </div>
    </>
  );
}
