import { titleFrom } from "@/components/route-page";
import { PlanReport } from "@/features/knowledge/report/components/report-routes";
import { requirePermission } from "@/lib/session";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ planSlug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titleFrom("knowledgeReport");

export default async function Page({ params, searchParams }: Props) {
  const { planSlug } = await params;
  const sp = await searchParams;
  const prosess = sp.prosess;
  const processSlug = typeof prosess === "string" ? prosess : undefined;
  await requirePermission("knowledge.read", `/kunnskapsgrunnlag/tema/${planSlug}${processSlug ? `?prosess=${encodeURIComponent(processSlug)}` : ""}`);
  return <PlanReport planSlug={planSlug} processSlug={processSlug} openQuotes={sp.sitater === "alle"} />;
}
