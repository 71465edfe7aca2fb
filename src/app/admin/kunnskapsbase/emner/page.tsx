import { titleFrom } from "@/components/route-page";
import { TopicsPage } from "@/features/knowledge/topics/components/topics-page";
import { listTopicsWithCounts } from "@/features/knowledge/topics/queries";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("knowledge.nav", "topics");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("topic.manage", "/admin/kunnskapsbase/emner");
  const [{ active, merged }, query] = await Promise.all([listTopicsWithCounts(), searchParams]);
  return <TopicsPage active={active} merged={merged} notice={typeof query.lagret === "string" ? query.lagret : undefined} />;
}
