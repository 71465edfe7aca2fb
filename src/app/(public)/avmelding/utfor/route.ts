// The unsubscribe POST: RFC 8058 one-click from the mail program (body
// "List-Unsubscribe=One-Click" → 200) and the confirm page's form (→ 303 to the receipt of it).
// A GET (someone opening the header's URL) goes to the confirm page, which never acts by itself.
import { unsubscribe } from "@/features/mail/unsubscribe";
import { isUiLocale, LANGUAGE_PARAM } from "@/lib/i18n/config";
import { publicRoute } from "@/lib/route-guard";

function back(url: URL, extra: Record<string, string>) {
  const q = new URLSearchParams(extra);
  const lang = url.searchParams.get(LANGUAGE_PARAM);
  if (isUiLocale(lang)) q.set(LANGUAGE_PARAM, lang);
  return new Response(null, { status: 303, headers: { location: `/avmelding?${q}`, "cache-control": "no-store" } });
}

export const POST = publicRoute(
  "one-click unsubscribe (RFC 8058) works without an account: the signed token in the URL is the authority",
  async ({ req, url }) => {
    const body = (await req.text()).slice(0, 1000);
    const ok = await unsubscribe(url.searchParams.get("t"));
    if (body.includes("List-Unsubscribe=One-Click")) {
      return new Response(ok ? "OK" : "Invalid link", {
        status: ok ? 200 : 400,
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
    return ok ? back(url, { ferdig: "1" }) : back(url, { t: url.searchParams.get("t") ?? "" });
  },
);

export const GET = publicRoute("a GET of the unsubscribe URL only redirects to the confirm page", async ({ url }) =>
  back(url, { t: url.searchParams.get("t") ?? "" }),
);
