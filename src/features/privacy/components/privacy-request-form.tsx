// The citizen's request form on the receipt page: see, correct or delete. A plain form post
// without JavaScript; errors at the fields and in the summary, what was typed kept. A server
// component: its texts are rendered here, so the receipt page loads no next-intl client code
// (issue #20); ActionForm and the fields are the client parts.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, TextField } from "@/components/form-fields";
import { privacyRequestAction } from "../public-actions";
import { MESSAGE_MAX, REQUEST_KINDS } from "../request-kinds";

export async function PrivacyRequestForm({ code, language }: { code: string; language: string | null }) {
  const t = await getTranslations("privacy.public");
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
