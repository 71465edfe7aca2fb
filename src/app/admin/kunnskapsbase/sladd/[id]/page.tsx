import { titleFrom } from "@/components/route-page";
import { RedactionPage } from "@/features/knowledge/moderation/components/redaction-page";
import { REDACT_PATH } from "@/features/knowledge/moderation/paths";
import { inputForRedaction } from "@/features/knowledge/moderation/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("knowledgeModeration.review", "redact");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  await requirePermission("input.moderate", `${REDACT_PATH}/${id}`);
  const input = await inputForRedaction(id);
  if (!input) pageNotFound();
  return <RedactionPage input={input} notice={typeof query.lagret === "string" ? query.lagret : undefined} />;
}
