// The case's tables as an Excel workbook (issue #17 §3): a first sheet «Om saken» with the title,
// date, cut-off and link, then one sheet per table — the same tables as the .docx and the print
// view, with real numbers (number formats, not text) so the council's staff can work on them.
import ExcelJS from "exceljs";
import type { CaseTable, CellKind, CouncilCase } from "./council-case";

const FORMATS: Record<CellKind, string | undefined> = { text: undefined, int: "#,##0", decimal: "#,##0.0", percent: "0.0%", money: "#,##0" };

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique in the workbook. */
function sheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, " ")
      .slice(0, 28)
      .trim() || "Ark";
  let out = base;
  for (let i = 2; used.has(out.toLowerCase()); i++) out = `${base} ${i}`;
  used.add(out.toLowerCase());
  return out;
}

function addTable(wb: ExcelJS.Workbook, tbl: CaseTable, used: Set<string>) {
  const ws = wb.addWorksheet(sheetName(tbl.id, used));
  ws.addRow([tbl.title]).font = { bold: true, size: 12 };
  const header = ws.addRow(tbl.columns.map((c) => c.label));
  header.font = { bold: true };
  for (const r of tbl.rows) ws.addRow(r.map((v) => (v === null ? null : v)));
  tbl.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = Math.min(60, Math.max(12, c.label.length + 2, ...tbl.rows.map((r) => String(r[i] ?? "").length + 2)));
    const fmt = FORMATS[c.kind];
    if (fmt) column.numFmt = fmt;
  });
  ws.views = [{ state: "frozen", ySplit: 2 }];
}

export async function caseXlsx(c: CouncilCase, aboutLabel: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Medvirk";
  wb.title = c.title;
  const used = new Set<string>();
  const about = wb.addWorksheet(sheetName(aboutLabel, used));
  about.addRow([c.title]).font = { bold: true, size: 14 };
  for (const m of c.meta) about.addRow([m.label, m.value]);
  about.getColumn(1).width = 24;
  about.getColumn(2).width = 70;
  for (const tbl of c.tables) addTable(wb, tbl, used);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
