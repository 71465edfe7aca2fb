// GET …/eksport?format=xlsx|csv for a report, after the route guard has let the reader in
// (`knowledge.read`, see src/lib/route-guard.ts); unknown plan/process → 404.
import type { UiLocale } from "@/lib/i18n/config";
import { buildReport } from "./build-report";
import { REPORT_CONTENT_TYPES, reportCsv, reportFileName, reportXlsx } from "./export-report";
import type { ReportScope } from "./scope";

export async function handleReportExport(url: URL, scope: ReportScope, locale: UiLocale): Promise<Response> {
  const report = await buildReport(scope);
  if (!report) return new Response("Not found", { status: 404 });
  const format = url.searchParams.get("format") === "csv" ? "csv" : "xlsx";
  const body = format === "csv" ? reportCsv(report, locale) : new Uint8Array(await reportXlsx(report, locale));
  return new Response(body, {
    headers: {
      "content-type": REPORT_CONTENT_TYPES[format],
      "content-disposition": `attachment; filename="${reportFileName(report, format)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
