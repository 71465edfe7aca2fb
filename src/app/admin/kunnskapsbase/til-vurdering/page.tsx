import { titleFrom } from "@/components/route-page";
import { parseInboxCursor } from "@/features/inputs/inbox/cursor";
import { ReviewQueuePage } from "@/features/knowledge/moderation/components/review-queue-page";
import { REVIEW_PATH } from "@/features/knowledge/moderation/paths";
import { countReviewQueue, listReviewQueue } from "@/features/knowledge/moderation/queries";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("knowledgeModeration.review");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const query = await searchParams;
  await requirePermission("input.moderate", REVIEW_PATH);
  const after = parseInboxCursor(query.etter);
  const [{ rows, next }, total] = await Promise.all([listReviewQueue(after), countReviewQueue()]);
  return <ReviewQueuePage rows={rows} total={total} next={next} paged={after != null} notice={typeof query.lagret === "string" ? query.lagret : undefined} />;
}
