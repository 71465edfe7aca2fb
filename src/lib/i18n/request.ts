// next-intl request config: the language comes from a cookie (no locale in the URL, so
// links stay the same in every language and forms work without JavaScript).
import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toUiLocale } from "./config";
import { MESSAGES } from "./messages";

export default getRequestConfig(async () => {
  const store = await cookies();
  const locale = toUiLocale(store.get(LOCALE_COOKIE)?.value);
  return { locale, messages: MESSAGES[locale], timeZone: "Europe/Oslo" };
});
