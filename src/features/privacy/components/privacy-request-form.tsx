"use client";

// The citizen's request form on the receipt page: see, correct or delete. A plain form post
// without JavaScript; errors at the fields and in the summary, what was typed kept.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, TextField } from "@/components/form-fields";
import { privacyRequestAction } from "../public-actions";
import { MESSAGE_MAX, REQUEST_KINDS } from "../request-kinds";

export function PrivacyRequestForm({ code, language }: { code: string; language: string | null }) {
  const t = useTranslations("privacy.public");
  return (
    <ActionForm action={privacyRequestAction} submitLabel={t("submit")} successMessage={t("sent")} submitVariant="secondary" idPrefix="personvern">
      <input type="hidden" name="code" value={code} />
      {language && <input type="hidden" name="sprak" value={language} />}
      <ChoiceGroup name="kind" legend={t("kindLegend")} options={REQUEST_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
      <TextField name="message" label={t("messageLabel")} description={t("messageHelp", { max: MESSAGE_MAX })} multiline rows={4} />
      <TextField name="replyEmail" type="email" label={t("replyEmailLabel")} description={t("replyEmailHelp")} autoComplete="email" />
    </ActionForm>
  );
}
