// GET /kunnskapsgrunnlag/tema/<plan>/eksport?format=xlsx|csv[&prosess=<slug>] — the plan's report as a download.
import { handleReportExport } from "@/features/knowledge/report/export-handler";
import { requestLocale } from "@/features/knowledge/report/request-locale";
import { getSessionUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ planSlug: string }> }) {
  const { planSlug } = await params;
  const processSlug = new URL(req.url).searchParams.get("prosess");
  return handleReportExport(req, { thematicPlanSlug: planSlug, processSlug }, await getSessionUser(), await requestLocale());
}
