import { titleFrom } from "@/components/route-page";
import { ReportIndexPage } from "@/features/knowledge/report/components/report-index-page";
import { requirePermission } from "@/lib/session";

export const dynamic = "force-dynamic";

export const generateMetadata = titleFrom("knowledgeReport");

export default async function Page() {
  await requirePermission("knowledge.read", "/kunnskapsgrunnlag");
  return <ReportIndexPage />;
}
