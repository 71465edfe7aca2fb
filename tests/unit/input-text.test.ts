// <InputText>: an input's words carry their language and direction (WCAG 3.1.2) in an
// isolating <bdi>, so a stored right-to-left override cannot flip the page around it.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { inputLangAttrs, InputText } from "@/components/input-text";

describe("InputText", () => {
  it("marks Arabic right-to-left, English and Norwegian with their lang, unknown languages with none", () => {
    expect(inputLangAttrs("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(inputLangAttrs("en")).toEqual({ lang: "en", dir: "auto" });
    expect(inputLangAttrs("nn")).toEqual({ lang: "nn", dir: "auto" });
    expect(inputLangAttrs("mixed")).toEqual({ lang: undefined, dir: "auto" });
    expect(inputLangAttrs("other")).toEqual({ lang: undefined, dir: "auto" });
    expect(inputLangAttrs(null)).toEqual({ lang: undefined, dir: "auto" });
  });

  it("renders the text in an isolating <bdi>, an override character kept inside it", () => {
    const html = renderToStaticMarkup(createElement(InputText, { lang: "ar", text: "مرحبا \u202Etxt.exe" }));
    expect(html).toBe('<bdi lang="ar" dir="rtl" data-input-text="">مرحبا \u202Etxt.exe</bdi>');
    expect(renderToStaticMarkup(createElement(InputText, { lang: "en", text: "Hello", block: true }))).toBe(
      '<bdi lang="en" dir="auto" data-input-text="" class="block">Hello</bdi>',
    );
  });
});
