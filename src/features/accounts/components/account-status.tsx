// Status tags for an account: deactivated, locked out, still on an initial password.
import { Tag } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";

type Account = { deactivatedAt: Date | null; lockedUntil: Date | null; mustChangePassword: boolean };

export async function AccountStatus({ account, now = new Date() }: { account: Account; now?: Date }) {
  const t = await getTranslations("accounts.status");
  if (account.deactivatedAt) return <Tag data-color="neutral">{t("deactivated")}</Tag>;
  return (
    <span className="flex flex-wrap gap-2">
      <Tag data-color="success">{t("active")}</Tag>
      {account.lockedUntil && account.lockedUntil > now && <Tag data-color="danger">{t("locked")}</Tag>}
      {account.mustChangePassword && <Tag data-color="warning">{t("initialPassword")}</Tag>}
    </span>
  );
}
