// GET /kunnskapsgrunnlag/prosess/<slug>/eksport?format=xlsx|csv — the process's report as a download.
import { handleReportExport } from "@/features/knowledge/report/export-handler";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = guardedRoute<{ processSlug: string }>("knowledge.read", ({ url, params, locale }) =>
  handleReportExport(url, { processSlug: params.processSlug }, locale),
);
