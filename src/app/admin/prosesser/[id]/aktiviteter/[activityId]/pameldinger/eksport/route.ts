// The sign-up list of one activity as CSV (UTF-8 with BOM so Excel reads æøå; ";" as
// Norwegian Excel expects) or, with ?format=xlsx, as an Excel workbook with the same columns.
// Administrators only (`signup.manage`, checked by the route guard).
import { getTranslations } from "next-intl/server";
import { activitySignups } from "@/features/participation/admin-queries";
import { signupCsvRows, signupExportRows, toXlsx } from "@/features/participation/signup-export";
import { toCsv } from "@/lib/csv";
import { isUuid } from "@/lib/ids";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = guardedRoute<{ id: string; activityId: string }>("signup.manage", async ({ url, params: { id, activityId } }) => {
  const activity = isUuid(id) ? await activitySignups(id, activityId) : null;
  if (!activity) return new Response("Not found", { status: 404 });
  const [t, ts] = await Promise.all([getTranslations("signups.admin.csv"), getTranslations("signups.home.status")]);
  const rows = signupExportRows(activity, { header: (k) => t(k), status: (s) => ts(s) });
  const headers = { "cache-control": "no-store" };
  if (url.searchParams.get("format") === "xlsx") {
    return new Response(new Uint8Array(await toXlsx(rows, activity.title)), {
      headers: {
        ...headers,
        "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "content-disposition": `attachment; filename="pameldinger-${activity.id}.xlsx"`,
      },
    });
  }
  return new Response(toCsv(signupCsvRows(rows), { bom: true, delimiter: ";" }), {
    headers: { ...headers, "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="pameldinger-${activity.id}.csv"` },
  });
});
