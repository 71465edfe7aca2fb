import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { fromOsloWallClock, osloParts } from "@/lib/oslo-time";
import { listProcessActivities } from "../queries";

/** A month as a table (weeks × weekdays, Monday first); each day lists its activities. */
export async function ActivityCalendar({ processId, month }: { processId: string; month?: string }) {
  const now = new Date();
  const [y, m] = month && /^\d{4}-\d{2}$/.test(month) ? month.split("-").map(Number) : [Number(now.toISOString().slice(0, 4)), now.getUTCMonth() + 1];
  const year = y!;
  const mon = m!;
  const from = fromOsloWallClock(year, mon, 1, 0, 0);
  const to = fromOsloWallClock(mon === 12 ? year + 1 : year, mon === 12 ? 1 : mon + 1, 1, 0, 0);
  const [t, fmtDate, { rows }] = await Promise.all([getTranslations("activities"), getDateFormat(), listProcessActivities(processId, { from, to })]);
  const daysInMonth = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  const firstWeekday = (new Date(Date.UTC(year, mon - 1, 1)).getUTCDay() + 6) % 7; // Monday = 0
  const byDay = new Map<number, typeof rows>();
  for (const a of rows) {
    const day = osloParts(a.startsAt).day;
    byDay.set(day, [...(byDay.get(day) ?? []), a]);
  }
  const cells: (number | null)[] = [...Array(firstWeekday).fill(null), ...Array.from({ length: daysInMonth }, (_, i) => i + 1)];
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const shift = (delta: number) => {
    const d = new Date(Date.UTC(year, mon - 1 + delta, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  };
  const base = `/admin/prosesser/${processId}/aktiviteter`;
  const monthName = fmtDate(new Date(Date.UTC(year, mon - 1, 15)), "month");
  const weekdays = Array.from({ length: 7 }, (_, i) => fmtDate(new Date(Date.UTC(2024, 0, 1 + i)), "weekdayShort"));
  return (
    <div className="space-y-4">
      <nav aria-label={t("calendarNav")} className="flex flex-wrap items-center gap-6">
        <TextLink href={`${base}?visning=kalender&maned=${shift(-1)}`}>{t("previousMonth")}</TextLink>
        <TextLink href={`${base}?visning=kalender&maned=${shift(1)}`}>{t("nextMonth")}</TextLink>
        <TextLink href={base}>{t("listView")}</TextLink>
      </nav>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={monthName}>
        <table className="w-full min-w-[48rem] table-fixed border-collapse">
          <caption className="mb-2 text-left text-xl font-semibold">{monthName}</caption>
          <thead>
            <tr>
              {weekdays.map((d) => (
                <th key={d} scope="col" className="border p-2 text-left text-sm">
                  {d}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, wi) => (
              <tr key={wi}>
                {week.map((day, di) => (
                  <td key={di} className="h-24 border p-1 align-top text-sm">
                    {day && (
                      <>
                        <span className="font-semibold">{day}</span>
                        <ul className="space-y-1">
                          {(byDay.get(day) ?? []).map((a) => (
                            <li key={a.id}>
                              <TextLink href={`${base}/${a.id}`}>
                                {fmtDate(a.startsAt, "time")} {a.title}
                              </TextLink>
                              {a.status === "CANCELLED" && <> ({t("status.CANCELLED")})</>}
                            </li>
                          ))}
                        </ul>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <Paragraph>{t("emptyMonth")}</Paragraph>}
    </div>
  );
}
