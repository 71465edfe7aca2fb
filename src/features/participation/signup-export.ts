// The rows of an activity's sign-up list for export — one builder, so the CSV and the XLSX
// download always have the same columns — and the XLSX workbook itself.
import ExcelJS from "exceljs";
import { osloAsUtc, osloStamp } from "@/lib/oslo-time";
import type { ActivitySignups } from "./admin-queries";

export type ExportCell = string | number | Date | null;
export type ExportLabels = { header: (key: (typeof COLUMNS)[number]) => string; status: (status: string) => string };

const COLUMNS = ["status", "position", "name", "party", "email", "queuedAt", "promotedAt"] as const;

/** Header row first; confirmed in queue order, then the waitlist numbered from 1. */
export function signupExportRows(activity: ActivitySignups, labels: ExportLabels): ExportCell[][] {
  return [
    COLUMNS.map((c) => labels.header(c)),
    ...[...activity.confirmed, ...activity.waitlist].map((s, i) => [
      labels.status(s.status),
      s.status === "WAITLISTED" ? i - activity.confirmed.length + 1 : i + 1,
      s.user.name,
      s.user.party?.name ?? "",
      s.user.email,
      s.queuedAt,
      s.promotedAt,
    ]),
  ];
}

/** The rows for CSV: times as "2026-11-25 14:03" in Oslo time, which Norwegian Excel reads as a date-time. */
export const signupCsvRows = (rows: ExportCell[][]): (string | number)[][] => rows.map((r) => r.map((v) => (v instanceof Date ? osloStamp(v) : (v ?? ""))));

/** An .xlsx with one sheet: bold, frozen header row, real date cells in Oslo time (Excel has no time zones). */
export async function toXlsx(rows: ExportCell[][], sheetName: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = "Medvirk";
  // Excel allows 31 characters and no []:*?/\ in a sheet name.
  const sheet = book.addWorksheet(sheetName.replace(/[[\]:*?/\\]/g, " ").slice(0, 31) || "Sheet1", { views: [{ state: "frozen", ySplit: 1 }] });
  for (const row of rows) sheet.addRow(row.map((v) => (v instanceof Date ? osloAsUtc(v) : (v ?? ""))));
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((col, i) => {
    const dates = rows.slice(1).some((r) => r[i] instanceof Date);
    if (dates) col.numFmt = "dd.mm.yyyy hh:mm";
    col.width = Math.min(40, Math.max(10, ...rows.map((r) => (r[i] instanceof Date ? 17 : String(r[i] ?? "").length + 2))));
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
