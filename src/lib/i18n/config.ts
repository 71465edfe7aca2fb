// Languages of the interface: bokmål first, then nynorsk and English. Nynorsk covers every
// page a citizen sees; staff-only texts fall back to bokmål (see messages.ts).
export const UI_LOCALES = ["nb", "nn", "en"] as const;
export type UiLocale = (typeof UI_LOCALES)[number];
export const DEFAULT_LOCALE: UiLocale = "nb";
export const LOCALE_COOKIE = "medvirk-locale";
/** The query parameter that picks a public form's (and its receipt's) language. */
export const LANGUAGE_PARAM = "sprak";

export function isUiLocale(value: unknown): value is UiLocale {
  return typeof value === "string" && (UI_LOCALES as readonly string[]).includes(value);
}

export function toUiLocale(value: string | undefined | null): UiLocale {
  return isUiLocale(value) ? value : DEFAULT_LOCALE;
}

// Pages whose language a link can choose with ?sprak= (a form link shared in nynorsk
// opens in nynorsk, header and footer included, whatever the visitor chose before).
const LANGUAGE_PARAM_PATHS = /^\/(skjema|kvittering|avmelding)(\/|$)|^\/prosesser\/[^/]+\/dette-har-vi-hort$/;

/** The language a request's own URL asks for, if it is one of the citizen pages that allow it. */
export function localeFromUrl(pathWithSearch: string | null | undefined): UiLocale | null {
  if (!pathWithSearch) return null;
  const url = new URL(pathWithSearch, "http://x");
  if (!LANGUAGE_PARAM_PATHS.test(url.pathname)) return null;
  const asked = url.searchParams.get(LANGUAGE_PARAM);
  return isUiLocale(asked) ? asked : null;
}

/** A path without the ?sprak= parameter (so a language switch is not overruled by the URL). */
export function withoutLanguageParam(pathWithSearch: string): string {
  const url = new URL(pathWithSearch, "http://x");
  url.searchParams.delete(LANGUAGE_PARAM);
  return url.pathname + url.search;
}
