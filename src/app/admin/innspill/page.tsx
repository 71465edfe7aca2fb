import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { InboxPage } from "@/features/inputs/inbox/components/inbox-page";
import { inboxCounts } from "@/features/knowledge/search/inbox-counts";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inbox"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("input.triage", "/admin/innspill");
  return <InboxPage searchParams={await searchParams} counts={inboxCounts} />;
}
