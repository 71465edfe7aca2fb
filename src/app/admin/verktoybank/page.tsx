import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MethodListPage } from "@/features/methods/components/method-list-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("methods"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("area.admin", "/admin/verktoybank");
  return <MethodListPage searchParams={await searchParams} />;
}
