// Languages of the interface. Bokmål first; English second. Nynorsk is offered for public
// forms (issue: citizen input) and joins the interface once its messages are complete.
export const UI_LOCALES = ["nb", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "nb";
export const LOCALE_COOKIE = "medvirk-locale";

export function toUiLocale(value: string | undefined | null): UiLocale {
  return (UI_LOCALES as readonly string[]).includes(value ?? "") ? (value as UiLocale) : DEFAULT_LOCALE;
}
