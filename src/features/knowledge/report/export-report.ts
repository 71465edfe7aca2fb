// The report as a download. XLSX: one sheet per part, bold frozen header, real numbers,
// shares as percentages, dates as date cells. CSV: the long format, UTF-8 with BOM, ";" and
// CRLF (what Norwegian Excel opens right), formula-looking cells neutralised by toCsv().
// A report is a few hundred rows, so both are built in memory.
import ExcelJS from "exceljs";
import { toCsv } from "@/lib/csv";
import type { UiLocale } from "@/lib/i18n/config";
import { osloAsUtc, osloStamp } from "@/lib/oslo-time";
import type { Report } from "./build-report";
import { reportLabels, reportLongRows, reportSheets } from "./report-sheets";

export type ReportFormat = "csv" | "xlsx";

export const REPORT_CONTENT_TYPES: Record<ReportFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** "kunnskapsgrunnlag-aldersvennlig-2026-11-25.xlsx" (plan, then process slug when filtered), dated in Oslo. */
export function reportFileName(report: Report, format: ReportFormat): string {
  const s = report.scope;
  const slug = s.kind === "plan" ? [s.plan.slug, s.process?.slug].filter(Boolean).join("-") : s.process.slug;
  const safe = slug.replace(/[^a-z0-9-]/gi, "-");
  return `kunnskapsgrunnlag-${safe}-${osloStamp(report.generatedAt).slice(0, 10)}.${format}`;
}

export function reportCsv(report: Report, locale: UiLocale): string {
  const t = reportLabels(locale).t;
  const percent = (share: number | null) => (share === null ? "" : (share * 100).toFixed(1).replace(".", locale === "en" ? "." : ","));
  const header = ["section", "group", "subgroup", "count", "share", "quote"].map((k) => t(`knowledgeReport.export.columns.${k}`));
  const rows = reportLongRows(report, locale).map(([section, group, subgroup, count, share, quote]) => [
    section,
    group,
    subgroup,
    count,
    percent(share),
    quote,
  ]);
  return toCsv([header, ...rows], { delimiter: ";", bom: true });
}

export async function reportXlsx(report: Report, locale: UiLocale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.created = report.generatedAt;
  for (const sheet of reportSheets(report, locale)) {
    const ws = workbook.addWorksheet(sheet.name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({
      header: c.header,
      width: c.width,
      style:
        c.kind === "share"
          ? { numFmt: "0.0%" }
          : c.kind === "date"
            ? { numFmt: "dd.mm.yyyy" }
            : c.kind === "longText"
              ? { alignment: { wrapText: true, vertical: "top" } }
              : {},
    }));
    ws.getRow(1).font = { bold: true };
    for (const cells of sheet.rows) {
      // Excel has no time zones: a date cell holds the Oslo wall-clock time.
      const row = ws.addRow(cells.map((v) => (v instanceof Date ? osloAsUtc(v) : v)));
      cells.forEach((v, i) => {
        if (v instanceof Date && sheet.columns[i]?.kind !== "date") row.getCell(i + 1).numFmt = "dd.mm.yyyy hh:mm";
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
