import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountListPage } from "@/features/accounts/components/account-list-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("accounts.list"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("user.manage", "/admin/brukere");
  return <AccountListPage searchParams={await searchParams} />;
}
