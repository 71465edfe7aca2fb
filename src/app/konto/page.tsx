import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountPage } from "@/features/users/components/account-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.account"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const user = await requirePermission("account.changePassword", "/konto");
  return <AccountPage user={user} mustChange={(await searchParams)["maa-endre"] === "1" || user.mustChangePassword} />;
}
