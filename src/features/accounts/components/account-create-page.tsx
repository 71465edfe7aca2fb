import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { listParties } from "../queries";
import { CreateAccountForm } from "./create-account-form";

export async function AccountCreatePage() {
  const [t, parties] = await Promise.all([getTranslations("accounts"), listParties()]);
  return (
    <>
      <p className="mb-4">
        <TextLink href="/admin/brukere">{t("edit.back")}</TextLink>
      </p>
      <PageHeading title={t("form.newTitle")} lead={t("form.newLead")} />
      <CreateAccountForm parties={parties} />
    </>
  );
}
