import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountCreatePage } from "@/features/accounts/components/account-create-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.form"))("newTitle") };
}

export default async function Page() {
  await requirePermission("user.manage", "/admin/brukere/ny");
  return <AccountCreatePage />;
}
