import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SearchPage } from "@/features/knowledge/search/components/search-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledgeSearch"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("input.triage", "/admin/kunnskapsbase/sok");
  return <SearchPage searchParams={await searchParams} />;
}
