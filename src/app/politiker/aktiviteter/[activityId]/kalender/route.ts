// One activity as an .ics file to import into a calendar. Any signed-in user may download an
// activity of a visible process; a route handler checks the session itself.
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { activityEvent, activityFileName } from "@/features/calendar/activity-event";
import { requestOrigin } from "@/features/calendar/origin";
import { activityForDownload } from "@/features/calendar/queries";
import { icsResponse, notFoundResponse } from "@/features/calendar/responses";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { can } from "@/lib/permissions";
import { getSessionUser } from "@/lib/session";

type Ctx = { params: Promise<{ activityId: string }> };

export async function GET(request: Request, { params }: Ctx) {
  const { activityId } = await params;
  const user = await getSessionUser();
  if (!user) redirect(`/logg-inn?tilbake=${encodeURIComponent(`/politiker/aktiviteter/${activityId}/kalender`)}`);
  if (!can(user.role, "process.read")) return new Response("Forbidden", { status: 403 });
  const found = await activityForDownload(activityId, user.id);
  if (!found) return notFoundResponse();
  const locale = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const event = activityEvent(found.activity, found.reader, { origin: await requestOrigin(request), locale });
  return icsResponse({ name: translator(locale)("calendar.ics.oneName", { title: found.activity.title }), events: [event] }, { fileName: activityFileName(found.activity) });
}
