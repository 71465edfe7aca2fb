import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/page-heading";
import { listParties } from "../queries";
import { CreateAccountForm } from "./create-account-form";

export async function AccountCreatePage() {
  const [t, parties] = await Promise.all([getTranslations("accounts"), listParties()]);
  return (
    <>
      <p className="mb-4">
        <NextLink className="ds-link" href="/admin/brukere">
          {t("edit.back")}
        </NextLink>
      </p>
      <PageHeading title={t("form.newTitle")} lead={t("form.newLead")} />
      <CreateAccountForm parties={parties} />
    </>
  );
}
