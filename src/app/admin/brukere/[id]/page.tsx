import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AccountEditPage } from "@/features/accounts/components/account-edit-page";
import { getAccount, listParties } from "@/features/accounts/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const account = await getAccount((await params).id);
  return { title: account?.name ?? (await getTranslations("accounts.list"))("title") };
}

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const actor = await requirePermission("user.manage", `/admin/brukere/${id}`);
  const [account, parties] = await Promise.all([getAccount(id), listParties()]);
  if (!account) pageNotFound();
  const deactivated = typeof query.deaktivert === "string" && /^\d+$/.test(query.deaktivert) ? Number(query.deaktivert) : undefined;
  return <AccountEditPage account={account} parties={parties} isSelf={account.id === actor.id} notice={{ deactivated, reactivated: query.aktivert === "1" }} />;
}
