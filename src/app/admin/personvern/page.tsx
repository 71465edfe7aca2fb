import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PrivacyRequestsPage } from "@/features/privacy/components/privacy-requests-page";
import { isUuid } from "@/lib/ids";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("privacy.admin"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("privacy.manage", "/admin/personvern");
  const query = await searchParams;
  const status = query.status === "DONE" || query.status === "REFUSED" ? query.status : "OPEN";
  return <PrivacyRequestsPage status={status} before={isUuid(query.for) ? query.for : undefined} handled={isUuid(query.behandlet)} />;
}
