// The date formatter for the request's language, for server components (see format-date.ts).
import { getLocale } from "next-intl/server";
import { dateFormat } from "./format-date";

export async function getDateFormat(locale?: string) {
  return dateFormat(locale ?? (await getLocale()));
}
