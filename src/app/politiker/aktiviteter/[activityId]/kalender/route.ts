// One activity as an .ics file to import into a calendar. Any signed-in user may download an
// activity of a visible process (`process.read`, checked by the route guard).
import { activityEvent, activityFileName } from "@/features/calendar/activity-event";
import { activityForDownload } from "@/features/calendar/queries";
import { icsResponse, notFoundResponse } from "@/features/calendar/responses";
import { translator } from "@/lib/i18n/translator";
import { requestOrigin } from "@/lib/request-origin";
import { guardedRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = guardedRoute<{ activityId: string }>("process.read", async ({ req, user, params, locale }) => {
  const found = await activityForDownload(params.activityId, user.id);
  if (!found) return notFoundResponse();
  const event = activityEvent(found.activity, found.reader, { origin: await requestOrigin(req), locale });
  return icsResponse(
    { name: translator(locale)("calendar.ics.oneName", { title: found.activity.title }), events: [event] },
    { fileName: activityFileName(found.activity) },
  );
});
