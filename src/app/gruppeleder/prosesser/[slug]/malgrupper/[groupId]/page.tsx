import { titleFrom } from "@/components/route-page";
import { TargetGroupPage } from "@/features/group-leader/components/target-group-page";
import { dashboardProcess } from "@/features/group-leader/progress-queries";
import { targetGroupDetail } from "@/features/group-leader/target-group-queries";
import { parseInboxCursor } from "@/features/inputs/inbox/cursor";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ slug: string; groupId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("groupLeader.coverage", "heading");

/** A target group opened from the coverage matrix: its activities and inputs. */
export default async function Page({ params, searchParams }: Props) {
  const [{ slug, groupId }, query] = await Promise.all([params, searchParams]);
  await requirePermission("dashboard.read", `/gruppeleder/prosesser/${slug}/malgrupper/${groupId}`);
  const process = await dashboardProcess(slug);
  if (!process) pageNotFound();
  const detail = await targetGroupDetail(process.id, groupId, parseInboxCursor(query.etter));
  if (!detail) pageNotFound();
  return <TargetGroupPage slug={slug} detail={detail} />;
}
