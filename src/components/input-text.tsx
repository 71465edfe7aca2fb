// A citizen's input shown to staff, in the language it was written in (WCAG 3.1.2 language of
// parts): `lang` from input.language, `dir="rtl"` for right-to-left scripts, else "auto". It is
// always an isolating <bdi>, so direction marks in older stored rows (clean-text.ts strips them
// at submission since) cannot flip or disguise the page around it.
import type { ReactNode } from "react";

const RTL = new Set(["ar", "fa", "he", "ur"]);
/** input.language values that are not a language tag. */
const NOT_A_TAG = new Set(["mixed", "other"]);

export function inputLangAttrs(language: string | null | undefined): { lang?: string; dir: "rtl" | "auto" } {
  const lang = language && !NOT_A_TAG.has(language) ? language : undefined;
  return { lang, dir: lang && RTL.has(lang) ? "rtl" : "auto" };
}

type Props = { lang: string | null | undefined; text?: string; children?: ReactNode; block?: boolean; className?: string };

/** Input text with its language and direction. `block` makes it a block (a paragraph's body, a quote). */
export function InputText({ lang, text, children, block, className }: Props) {
  const attrs = inputLangAttrs(lang);
  return (
    <bdi {...attrs} data-input-text="" className={[block ? "block" : "", className ?? ""].join(" ").trim() || undefined}>
      {children ?? text}
    </bdi>
  );
}
