// GET /kunnskapsgrunnlag/tema/<plan>/eksport?format=xlsx|csv[&prosess=<slug>] — the plan's report as a download.
import { handleReportExport } from "@/features/knowledge/report/export-handler";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = guardedRoute<{ planSlug: string }>("knowledge.read", ({ url, params, locale }) =>
  handleReportExport(url, { thematicPlanSlug: params.planSlug, processSlug: url.searchParams.get("prosess") }, locale),
);
