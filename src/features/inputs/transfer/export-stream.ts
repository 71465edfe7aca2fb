// Streams an export as a web ReadableStream for a Response body: rows are read in keyset
// batches only when the reader asks for more (pull / drain), so memory stays flat however
// many inputs match. CSV: UTF-8 with BOM, ";" and CRLF — what Norwegian Excel opens right
// (its list separator is ";" because "," is the decimal mark; a "sep=" line would make
// Excel ignore the BOM and garble æøå). XLSX: exceljs' streaming writer, real date cells.
import { once } from "node:events";
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import type { Prisma } from "@/generated/prisma/client";
import { toCsvRow } from "@/lib/csv";
import type { Tx } from "@/lib/db";
import type { UiLocale } from "@/lib/i18n/config";
import { osloAsUtc, osloStamp } from "@/lib/oslo-time";
import { EXPORT_COLUMNS, exportLabels } from "./export-columns";
import type { ExportQuestions } from "./export-questions";
import { exportBatches } from "./export-rows";

export type ExportFormat = "csv" | "xlsx";
type Opts = { db: Tx; where: Prisma.InputWhereInput; locale: UiLocale; questions: ExportQuestions; batchSize?: number };

export const CSV_DELIMITER = ";";

export function csvExportStream({ db, where, locale, questions, batchSize }: Opts): ReadableStream<Uint8Array> {
  const labels = exportLabels(locale, questions);
  const encoder = new TextEncoder();
  const batches = exportBatches(db, where, batchSize);
  const line = (cells: (string | Date)[]) =>
    `${toCsvRow(
      cells.map((c) => (c instanceof Date ? osloStamp(c) : c)),
      { delimiter: CSV_DELIMITER },
    )}\r\n`;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`\uFEFF${line(labels.header)}`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) return controller.close();
      controller.enqueue(encoder.encode(next.value.map((r) => line(labels.row(r))).join("")));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}

export function xlsxExportStream({ db, where, locale, questions, batchSize }: Opts, sheetName = "Innspill"): ReadableStream<Uint8Array> {
  const labels = exportLabels(locale, questions);
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  // Inline strings: a shared-strings table would keep every text in memory until the end.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: "frozen", ySplit: 1 }] });
  const wrap = { alignment: { wrapText: true, vertical: "top" as const } };
  sheet.columns = [
    ...EXPORT_COLUMNS.map((c, i) => ({
      key: c.key,
      width: c.width,
      style: c.key === "submittedAt" ? { numFmt: "dd.mm.yyyy hh:mm" } : c.key === "text" || c.key === "publicResponse" ? wrap : {},
      header: labels.header[i],
    })),
    // The form questions and the unmatched answers.
    ...labels.header.slice(EXPORT_COLUMNS.length).map((header, i) => ({ key: `answer${i}`, width: 28, style: wrap, header })),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();

  const write = async () => {
    for await (const batch of exportBatches(db, where, batchSize)) {
      for (const r of batch) sheet.addRow(labels.row(r).map((c) => (c instanceof Date ? osloAsUtc(c) : c))).commit();
      // Wait for the reader before reading the next batch (backpressure through the zip stream).
      if (out.writableNeedDrain) await Promise.race([once(out, "drain"), once(out, "close")]);
      if (out.destroyed) return;
    }
    sheet.commit();
    await workbook.commit();
  };
  write().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}

/** "innspill-2026-11-25.csv", dated in Oslo. */
export const exportFileName = (format: ExportFormat, now = new Date()) => `innspill-${osloStamp(now).slice(0, 10)}.${format}`;
