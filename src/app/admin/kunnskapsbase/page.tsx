import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TriageQueuePage } from "@/features/knowledge/triage/components/triage-queue-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledge"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("input.triage", "/admin/kunnskapsbase");
  return <TriageQueuePage searchParams={await searchParams} />;
}
