// GET /admin/endringslogg/eksport[?prosess=<id>] — the audit log as CSV, for `audit.read`.
import { auditCsvStream } from "@/features/audit/export-audit";
import { isUuid } from "@/lib/ids";
import { osloDay } from "@/lib/oslo-time";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = guardedRoute("audit.read", async ({ url, locale }) => {
  const processId = url.searchParams.get("prosess");
  const body = auditCsvStream({ processId: isUuid(processId) ? processId : undefined }, locale);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="endringslogg-${osloDay(new Date())}.csv"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
