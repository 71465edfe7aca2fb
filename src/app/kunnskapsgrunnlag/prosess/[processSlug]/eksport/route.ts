// GET /kunnskapsgrunnlag/prosess/<slug>/eksport?format=xlsx|csv — the process's report as a download.
import { handleReportExport } from "@/features/knowledge/report/export-handler";
import { requestLocale } from "@/features/knowledge/report/request-locale";
import { getSessionUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ processSlug: string }> }) {
  const { processSlug } = await params;
  return handleReportExport(req, { processSlug }, await getSessionUser(), await requestLocale());
}
