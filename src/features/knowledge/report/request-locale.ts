// The reader's interface language for a download (route handlers have no next-intl context).
import { cookies } from "next/headers";
import { LOCALE_COOKIE, toUiLocale, type UiLocale } from "@/lib/i18n/config";

export async function requestLocale(): Promise<UiLocale> {
  return toUiLocale((await cookies()).get(LOCALE_COOKIE)?.value);
}
