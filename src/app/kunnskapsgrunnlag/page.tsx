import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReportIndexPage } from "@/features/knowledge/report/components/report-index-page";
import { requirePermission } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("knowledgeReport"))("title") };
}

export default async function Page() {
  await requirePermission("knowledge.read", "/kunnskapsgrunnlag");
  return <ReportIndexPage />;
}
