import { titleFrom } from "@/components/route-page";
import { SUGGESTION_STATUSES, SuggestionsPage, type SuggestionStatus } from "@/features/knowledge/suggestions/components/suggestions-page";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("knowledgeSuggestions.page");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("suggestion.train", "/admin/kunnskapsbase/forslag");
  const q = await searchParams;
  const status = SUGGESTION_STATUSES.find((s) => s === q.forslag) as SuggestionStatus | undefined;
  return <SuggestionsPage status={status} cursor={typeof q.etter === "string" ? q.etter : undefined} />;
}
