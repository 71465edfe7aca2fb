// GET /admin/innspill/eksport?format=csv|xlsx&<inbox filter> — the filtered inputs as a
// streamed download. Anonymous → sign-in; roles without `input.export` → 403.
import { cookies } from "next/headers";
import { exportInputs } from "@/features/input-transfer/export-inputs";
import { parseInboxFilter } from "@/features/inbox/filters";
import { LOCALE_COOKIE, toUiLocale } from "@/lib/i18n/config";
import { can } from "@/lib/permissions";
import { getSessionUser } from "@/lib/session";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const url = new URL(req.url);
  const user = await getSessionUser();
  if (!user) {
    const back = encodeURIComponent(`${url.pathname}${url.search}`);
    return new Response(null, { status: 303, headers: { location: `/logg-inn?tilbake=${back}` } });
  }
  if (!can(user.role, "input.export")) return new Response("Forbidden", { status: 403 });
  const format = url.searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
  const locale = toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  const out = await exportInputs(user, parseInboxFilter(url.searchParams), format, locale, req.headers.get("x-request-id"));
  return new Response(out.body, {
    headers: {
      "content-type": out.contentType,
      "content-disposition": `attachment; filename="${out.fileName}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
