// The export's columns, in order, shared by CSV and XLSX. Headers and enum values are plain
// words from messages (inputTransfer.export.*), never codes.
import type { UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import type { ExportRow } from "./export-rows";

export const EXPORT_COLUMNS = [
  { key: "receiptCode", width: 14 },
  { key: "submittedAt", width: 17 },
  { key: "process", width: 28 },
  { key: "phase", width: 20 },
  { key: "activity", width: 24 },
  { key: "method", width: 18 },
  { key: "channel", width: 12 },
  { key: "category", width: 20 },
  { key: "status", width: 14 },
  { key: "publicResponse", width: 40 },
  { key: "language", width: 10 },
  { key: "district", width: 16 },
  { key: "targetGroup", width: 24 },
  { key: "ageBand", width: 12 },
  { key: "text", width: 80 },
  { key: "recordedBy", width: 20 },
  { key: "hidden", width: 8 },
  { key: "hiddenReason", width: 24 },
] as const;

export type ExportCell = string | Date;

export function exportLabels(locale: UiLocale) {
  const t = translator(locale);
  // Enum words looked up once: formatting a message per cell costs more than the query.
  const words = new Map<string, string>();
  const label = (group: string, v: string | null) => {
    if (!v) return "";
    const key = `inputTransfer.export.${group}.${v}`;
    let word = words.get(key);
    if (word === undefined) words.set(key, (word = t(key)));
    return word;
  };
  const [yes, no] = [t("inputTransfer.export.yes"), t("inputTransfer.export.no")];
  return {
    header: EXPORT_COLUMNS.map((c) => t(`inputTransfer.export.columns.${c.key}`)),
    row: (r: ExportRow): ExportCell[] => [
      r.receiptCode,
      r.submittedAt,
      r.process,
      r.phase,
      r.activity,
      r.method,
      label("channel", r.channel),
      label("category", r.category),
      label("status", r.status),
      r.publicResponse,
      label("language", r.language),
      r.district,
      r.targetGroup,
      label("ageBand", r.ageBand),
      r.text,
      r.recordedBy,
      r.isHidden ? yes : no,
      r.hiddenReason,
    ],
  };
}

/** Oslo wall-clock parts of an instant (Excel and CSV readers have no time zones). */
const osloParts = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Europe/Oslo",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
// Oslo's UTC offset only changes on the hour, so it is computed once per hour (Intl is slow
// enough to matter at 100 000 rows) and applied as arithmetic.
const offsets = new Map<number, number>();
function osloOffsetMs(d: Date): number {
  const hour = Math.floor(d.getTime() / 3_600_000);
  let off = offsets.get(hour);
  if (off === undefined) {
    const p = Object.fromEntries(osloParts.formatToParts(d).map((x) => [x.type, x.value]));
    const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
    off = wall - Math.floor(d.getTime() / 60_000) * 60_000;
    if (offsets.size > 10_000) offsets.clear();
    offsets.set(hour, off);
  }
  return off;
}
const pad = (n: number) => String(n).padStart(2, "0");
function parts(d: Date) {
  const w = new Date(Math.floor(d.getTime() / 60_000) * 60_000 + osloOffsetMs(d));
  return { y: String(w.getUTCFullYear()), mo: pad(w.getUTCMonth() + 1), d: pad(w.getUTCDate()), h: pad(w.getUTCHours()), mi: pad(w.getUTCMinutes()) };
}

/** "2026-11-25 14:03" in Oslo time: Norwegian Excel reads it as a date-time. */
export function osloStamp(d: Date): string {
  const p = parts(d);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}`;
}

/** A Date whose UTC fields are the Oslo wall clock, which is how exceljs writes a date cell. */
export function osloAsUtc(d: Date): Date {
  const p = parts(d);
  return new Date(Date.UTC(Number(p.y), Number(p.mo) - 1, Number(p.d), Number(p.h), Number(p.mi)));
}
