// The personal subscription feed calendar apps fetch without a session: the token in the
// URL is the credential (see features/calendar/token.ts). Unknown, revoked or deactivated
// → 404, the same answer for all, so the response tells a guesser nothing.
import { activityEvent } from "@/features/calendar/activity-event";
import { calendarFeed } from "@/features/calendar/queries";
import { icsResponse, notFoundResponse } from "@/features/calendar/responses";
import { translator } from "@/lib/i18n/translator";
import { requestOrigin } from "@/lib/request-origin";
import { publicRoute } from "@/lib/route-guard";

export const dynamic = "force-dynamic";

export const GET = publicRoute<{ token: string }>("calendar apps cannot sign in; the secret token in the URL is the credential", async ({ req, params }) => {
  // Calendar apps like a URL that ends in .ics; the token is the same either way.
  const token = params.token.replace(/\.ics$/i, "");
  const feed = await calendarFeed(token);
  if (!feed) return notFoundResponse();
  const origin = await requestOrigin(req);
  const events = feed.rows.map((r) => activityEvent(r.activity, r.status, { origin, locale: feed.user.locale }));
  return icsResponse({ name: translator(feed.user.locale)("calendar.ics.feedName", { name: feed.user.name }), events, refreshMinutes: 60 });
});
