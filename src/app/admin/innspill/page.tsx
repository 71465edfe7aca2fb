import { titleFrom, type SearchParams } from "@/components/route-page";
import { InboxPage } from "@/features/inputs/inbox/components/inbox-page";
import { inboxCounts } from "@/features/knowledge/search/inbox-counts";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("inbox");

export default async function Page({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requirePermission("input.triage", "/admin/innspill");
  return <InboxPage searchParams={await searchParams} counts={inboxCounts} />;
}
