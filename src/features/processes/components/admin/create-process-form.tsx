import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/form-fields";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { createProcessAction } from "../../actions";

export async function CreateProcessPage() {
  const [t, ta] = await Promise.all([getTranslations("processes.create"), getTranslations("admin")]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <ActionForm action={createProcessAction} submitLabel={t("submit")} secondary={<TextLink href="/admin/prosesser">{ta("cancel")}</TextLink>}>
        <TextField name="title" label={t("titleLabel")} description={t("titleHelp")} required maxLength={160} />
        <TextField name="slug" label={t("slugLabel")} description={t("slugHelp")} maxLength={80} />
        <TextField name="summary" label={t("summaryLabel")} description={t("summaryHelp")} multiline rows={3} maxLength={1000} />
      </ActionForm>
    </>
  );
}
