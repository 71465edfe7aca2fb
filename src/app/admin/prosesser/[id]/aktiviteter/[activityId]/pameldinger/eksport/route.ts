// The sign-up list of one activity as CSV (UTF-8 with BOM so Excel reads æøå; ";" as
// Norwegian Excel expects). Administrators only: a route handler checks the session itself.
import { getTranslations } from "next-intl/server";
import { activitySignups } from "@/features/signups/admin-queries";
import { toCsv } from "@/lib/csv";
import { can } from "@/lib/permissions";
import { getSessionUser } from "@/lib/session";
import { isUuid } from "@/lib/ids";

type Ctx = { params: Promise<{ id: string; activityId: string }> };

export async function GET(_req: Request, { params }: Ctx) {
  const user = await getSessionUser();
  if (!user || !can(user.role, "signup.manage")) return new Response("Forbidden", { status: 403 });
  const { id, activityId } = await params;
  const activity = isUuid(id) ? await activitySignups(id, activityId) : null;
  if (!activity) return new Response("Not found", { status: 404 });
  const [t, ts] = await Promise.all([getTranslations("signups.admin.csv"), getTranslations("signups.home.status")]);
  const stamp = (d: Date | null) => (d ? d.toISOString() : "");
  const rows = [
    [t("status"), t("position"), t("name"), t("party"), t("email"), t("queuedAt"), t("promotedAt")],
    ...[...activity.confirmed, ...activity.waitlist].map((s, i) => [
      ts(s.status),
      s.status === "WAITLISTED" ? i - activity.confirmed.length + 1 : i + 1,
      s.user.name,
      s.user.party?.name ?? "",
      s.user.email,
      stamp(s.queuedAt),
      stamp(s.promotedAt),
    ]),
  ];
  return new Response(toCsv(rows, { bom: true, delimiter: ";" }), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="pameldinger-${activity.id}.csv"`,
      "cache-control": "no-store",
    },
  });
}
