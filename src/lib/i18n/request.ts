// next-intl request config: the language comes from a cookie (no locale in the URL, so
// links stay the same in every language and forms work without JavaScript). Public form
// and receipt pages may also be asked for a language with ?sprak= (see config.ts), and a
// component may ask for one explicitly (getTranslations({ locale })), e.g. a form's language.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { isUiLocale, LOCALE_COOKIE, localeFromUrl, toUiLocale } from "./config";
import { MESSAGES } from "./messages";

export default getRequestConfig(async ({ locale: explicit }) => {
  if (isUiLocale(explicit)) return { locale: explicit, messages: MESSAGES[explicit], timeZone: "Europe/Oslo" };
  const [store, h] = await Promise.all([cookies(), headers()]);
  const locale = localeFromUrl(h.get("x-pathname")) ?? toUiLocale(store.get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: "Europe/Oslo" };
});
