// GET /admin/innspill/eksport?format=csv|xlsx&<inbox filter> — the filtered inputs as a
// streamed download, for `input.export` (checked by the route guard, initial password included).
import { parseInboxFilter } from "@/features/inputs/inbox/filters";
import { exportInputs } from "@/features/inputs/transfer/export-inputs";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = guardedRoute("input.export", async ({ url, user, locale, requestId }) => {
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const out = await exportInputs(user, parseInboxFilter(url.searchParams), format, locale, requestId || null);
  return new Response(out.body, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
