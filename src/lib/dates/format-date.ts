// One way to show a date or a time to a person, in every language: Norwegian conventions
// (day before month, 24-hour clock, Oslo time) also on English pages, so an English reader in
// Drammen sees «7 December 2026, 14:15», never the US «December 7, 2026 at 2:15 AM».
// Only display: computing Oslo offsets for stored times lives elsewhere (form-values.ts).

/** The Intl locale a UI language formats dates with (English as written in Britain: day first, 24 h). */
export function intlLocale(locale: string): string {
  if (locale === "en") return "en-GB";
  if (locale === "nn") return "nn-NO";
  return "nb-NO";
}

const OSLO = "Europe/Oslo";
/** Calendar days stored as UTC midnight (phase and milestone dates) are shown as that day. */
const DAY = "UTC";

const STYLES = {
  /** 7. desember 2026 */
  date: { dateStyle: "long", timeZone: OSLO },
  /** 7. des. 2026 */
  dateMedium: { dateStyle: "medium", timeZone: OSLO },
  /** 07.12.2026 */
  dateShort: { dateStyle: "short", timeZone: OSLO },
  /** 7. desember 2026 kl. 14:15 */
  dateTime: { dateStyle: "long", timeStyle: "short", timeZone: OSLO },
  /** mandag 7. desember 2026 kl. 14:15 */
  dateTimeFull: { dateStyle: "full", timeStyle: "short", timeZone: OSLO },
  /** 7. des. 2026, 14:15 */
  dateTimeMedium: { dateStyle: "medium", timeStyle: "short", timeZone: OSLO },
  /** 07.12.2026, 14:15 */
  dateTimeShort: { dateStyle: "short", timeStyle: "short", timeZone: OSLO },
  /** 07.12.2026, 14:15:09 */
  dateTimeSeconds: { dateStyle: "short", timeStyle: "medium", timeZone: OSLO },
  /** 14:15 */
  time: { hour: "2-digit", minute: "2-digit", timeZone: OSLO },
  /** mandag 7. desember kl. 14:15 — the year is added when it is not this year. */
  weekdayDateTime: { weekday: "long", day: "numeric", month: "long", hour: "2-digit", minute: "2-digit", timeZone: OSLO },
  /** desember 2026 */
  monthYear: { month: "long", year: "numeric", timeZone: OSLO },
  /** 7. desember 2026, for a calendar day */
  day: { day: "numeric", month: "long", year: "numeric", timeZone: DAY },
  /** 7. des. 2026, for a calendar day */
  dayMedium: { dateStyle: "medium", timeZone: DAY },
  /** desember 2026, for a calendar month */
  month: { month: "long", year: "numeric", timeZone: DAY },
  /** man., for a calendar day */
  weekdayShort: { weekday: "short", timeZone: DAY },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

const year = (d: Date, timeZone: string) => new Intl.DateTimeFormat("en-GB", { timeZone, year: "numeric" }).format(d);

export function formatDate(date: Date, locale: string, style: DateStyle, now: Date = new Date()): string {
  const options: Intl.DateTimeFormatOptions = { ...STYLES[style] };
  if ("hour" in options || "timeStyle" in options) options.hourCycle = "h23";
  // A weekday and a date without a year reads as this year's: name the year when it is not.
  if (style === "weekdayDateTime" && year(date, OSLO) !== year(now, OSLO)) options.year = "numeric";
  return new Intl.DateTimeFormat(intlLocale(locale), options).format(date);
}

/** formatDate bound to one language: `const date = dateFormat(locale); date(d, "dateTime")`. */
export function dateFormat(locale: string, now?: Date) {
  return (date: Date, style: DateStyle) => formatDate(date, locale, style, now);
}
