// Issue #20 (bytes): public pages load no next-intl client code, so the texts their client
// components show come as props or from the root layout's small context. These check that
// those texts are exactly what next-intl would have shown: the form's character counter
// (fillCount over the `forms.enhance` templates, numbers formatted per locale), the error
// summary's title and the error boundary's texts, in nb, nn and en.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import ErrorPage from "@/app/error";
import { ClientTextsProvider } from "@/components/client-texts";
import { clientTexts } from "@/lib/i18n/client-messages";
import { UI_LOCALES } from "@/lib/i18n/config";
import { fillCount } from "@/lib/i18n/fill-count";
import { MESSAGES } from "@/lib/i18n/messages";
import { translator } from "@/lib/i18n/translator";

describe.each(UI_LOCALES)("client texts in %s", (locale) => {
  const t = translator(locale);
  const enhance = MESSAGES[locale].forms.enhance;

  it.each([
    [0, 5000],
    [7, 300],
    [1234, 5000],
    [5001, 5000],
    [123456, 5000],
  ])("the counter for %i of %i says what next-intl says", (count, max) => {
    expect(fillCount(enhance.counter, { count, max }, locale)).toBe(t("forms.enhance.counter", { count, max }));
    const over = count - max;
    expect(fillCount(enhance.counterOver, { count, max, over }, locale)).toBe(t("forms.enhance.counterOver", { count, max, over }));
  });

  it("the error summary title and the error boundary's texts are the catalogue's", () => {
    const texts = clientTexts(locale);
    expect(texts.summaryTitle).toBe(t("errors.summaryTitle"));
    expect(texts.error.title).toBe(t("common.error.title"));
    expect(texts.error.body).toBe(t("common.error.body"));
    expect(texts.error.retry).toBe(t("common.error.retry"));
    expect(texts.error.reference.replace("{id}", "abc123")).toBe(t("common.error.reference", { id: "abc123" }));
  });

  it("the error boundary (app/error.tsx) shows its texts in the page's language without next-intl's provider", () => {
    const error = Object.assign(new Error("boom"), { digest: "4711" });
    const page = createElement(ErrorPage, { error, reset: () => {} });
    // eslint-disable-next-line react/no-children-prop -- a .ts test has no JSX; the prop type requires children
    const html = renderToStaticMarkup(createElement(ClientTextsProvider, { texts: clientTexts(locale), children: page }));
    for (const text of [t("common.error.title"), t("common.error.body"), t("common.error.retry"), t("common.error.reference", { id: "4711" })]) {
      expect(html).toContain(escape(text));
    }
    expect(html).toContain(`<title>${escape(t("common.error.title"))}</title>`);
  });
});

const escape = (text: string) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#x27;");

it("numbers are grouped with a non-breaking space in Norwegian", () => {
  expect(fillCount("{count, number} av {max, number} tegn", { count: 1234, max: 5000 }, "nb")).toBe("1\u00a0234 av 5\u00a0000 tegn");
  expect(fillCount("{count} of {max, number}", { count: 1234, max: 5000 }, "en")).toBe("1,234 of 5,000");
  // A placeholder with no value stays as written rather than turning into "undefined".
  expect(fillCount("{count} {other}", { count: 1 }, "nb")).toBe("1 {other}");
});
