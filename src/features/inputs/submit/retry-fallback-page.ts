// The last resort when the form page cannot be rendered again (the database is down, so the
// page has no form to show): a plain page in the form's language that still holds everything
// the citizen sent. What they wrote is shown to read and copy, and «Send på nytt» posts the
// same fields again — with the same idempotency key, so a post that did get through is never
// stored twice. No scripts, no styles beyond a few inline rules.
import type { Locale } from "@/generated/prisma/enums";
import { translateKey } from "@/lib/i18n/translator";
import { esc } from "@/lib/refusal-page";
import type { FormRetryState } from "./form-retry";

/** `sent`: the fields as posted (cleaned), a repeated name with all its values. */
export function retryFallbackHtml(state: FormRetryState, sent: [string, string[]][], action: string, formPath: string, language: Locale): string {
  const t = (key: string) => esc(translateKey(language, `submission.retry.${key}`));
  // The longest value is what they wrote; the rest (choices, keys) only travel along.
  const typed = sent.flatMap(([, values]) => values).reduce((a, b) => (b.length > a.length ? b : a), "");
  const hidden = sent.flatMap(([name, values]) => values.map((v) => `<input type="hidden" name="${esc(name)}" value="${esc(v)}">`)).join("");
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${t("title")}</title></head>
<body style="font-family:system-ui,sans-serif;padding:1rem;max-width:40rem;margin:auto;line-height:1.5"><main>
<h1>${t("title")}</h1><p role="alert">${esc(state.message)}</p>
${typed ? `<label for="typed" style="display:block;font-weight:600">${t("typed")}</label><textarea id="typed" readonly rows="8" style="width:100%;font:inherit">${esc(typed)}</textarea>` : ""}
<form method="post" action="${esc(action)}" enctype="application/x-www-form-urlencoded">${hidden}<p><button type="submit" style="font:inherit;padding:.5rem 1rem">${t("resend")}</button></p></form>
<p><a href="${esc(formPath)}">${t("back")}</a></p><p>Ref.: ${esc(state.requestId)}</p></main></body></html>`;
}
