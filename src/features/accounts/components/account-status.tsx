// Status tags for an account: deactivated, or active and perhaps still on an initial password.
import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";

type Account = { deactivatedAt: Date | null; mustChangePassword: boolean };

export async function AccountStatus({ account }: { account: Account }) {
  const t = await getTranslations("accounts.status");
  if (account.deactivatedAt) return <Tag data-color="neutral">{t("deactivated")}</Tag>;
  return (
    <span className="flex flex-wrap gap-2">
      <Tag data-color="success">{t("active")}</Tag>
      {account.mustChangePassword && <Tag data-color="warning">{t("initialPassword")}</Tag>}
    </span>
  );
}
