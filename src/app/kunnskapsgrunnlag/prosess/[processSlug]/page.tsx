import { titleFrom } from "@/components/route-page";
import { ProcessReport } from "@/features/knowledge/report/components/report-routes";
import { requirePermission } from "@/lib/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ processSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("knowledgeReport");

export default async function Page({ params, searchParams }: Props) {
  const { processSlug } = await params;
  await requirePermission("knowledge.read", `/kunnskapsgrunnlag/prosess/${processSlug}`);
  return <ProcessReport processSlug={processSlug} openQuotes={(await searchParams).sitater === "alle"} />;
}
