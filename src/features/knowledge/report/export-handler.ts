// GET …/eksport?format=xlsx|csv for a report. Anonymous → sign-in (303, back here
// afterwards); roles without `knowledge.read` → 403; unknown plan/process → 404. The user is
// passed in so tests call this with real users and requests (the route reads the session).
import { can } from "@/lib/permissions";
import type { UiLocale } from "@/lib/i18n/config";
import type { SessionUser } from "@/lib/session";
import { buildReport } from "./build-report";
import { REPORT_CONTENT_TYPES, reportCsv, reportFileName, reportXlsx } from "./export-report";
import type { ReportScope } from "./scope";

export async function handleReportExport(req: Request, scope: ReportScope, user: Pick<SessionUser, "role" | "mustChangePassword"> | null, locale: UiLocale): Promise<Response> {
  const url = new URL(req.url);
  if (!user) {
    const back = encodeURIComponent(`${url.pathname}${url.search}`);
    return new Response(null, { status: 303, headers: { location: `/logg-inn?tilbake=${back}` } });
  }
  // Same rule as the pages: an initial password must be changed before anything else (the
  // path is session.ts' CHANGE_PASSWORD_PATH; that module is not imported so tests can run this).
  if (user.mustChangePassword) return new Response(null, { status: 303, headers: { location: "/konto?maa-endre=1" } });
  if (!can(user.role, "knowledge.read")) return new Response("Forbidden", { status: 403 });
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
