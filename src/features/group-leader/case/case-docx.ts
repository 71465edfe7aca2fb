// The case as a Word document (.docx) in the shape of a Norwegian saksframlegg (issue #17 §3):
// title, date / cut-off / link, then numbered sections with their paragraphs, tables (header
// row repeated on each page, numbers right-aligned as Norwegian text) and lists. A4 portrait,
// page numbers in the footer. Written with the `docx` package; opens in Word and LibreOffice.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { UiLocale } from "@/lib/i18n/config";
import { formatCell, type CaseTable, type CouncilCase } from "./council-case";

const FONT = "Calibri";
const border = { style: BorderStyle.SINGLE, size: 4, color: "999999" };
const borders = { top: border, bottom: border, left: border, right: border };

function table(tbl: CaseTable, locale: UiLocale): (Paragraph | Table)[] {
  const cell = (text: string, right: boolean, bold = false) =>
    new TableCell({
      borders,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT, children: [new TextRun({ text, bold, size: 18, font: FONT })] })],
    });
  const right = tbl.columns.map((c) => c.kind !== "text");
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun({ text: tbl.title, font: FONT })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: tbl.columns.map((c, i) => cell(c.label, right[i]!, true)) }),
        ...tbl.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(formatCell(v, tbl.columns[i]!.kind, locale), right[i]!)) })),
      ],
    }),
    new Paragraph({ text: "" }),
  ];
}

export async function caseDocx(c: CouncilCase, locale: UiLocale): Promise<Buffer> {
  const p = (text: string) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text, font: FONT, size: 22 })] });
  const body: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: c.title, font: FONT })] }),
    ...c.meta.map(
      (m) =>
        new Paragraph({
          children: [new TextRun({ text: `${m.label}: `, bold: true, font: FONT, size: 22 }), new TextRun({ text: m.value, font: FONT, size: 22 })],
        }),
    ),
    new Paragraph({ text: "" }),
  ];
  c.sections.forEach((s, i) => {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, keepNext: true, children: [new TextRun({ text: `${i + 1}. ${s.heading}`, font: FONT })] }));
    for (const text of s.paragraphs) body.push(p(text));
    for (const b of s.bullets ?? []) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun({ text: b.heading, font: FONT })] }));
      for (const item of b.items) body.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: item, font: FONT, size: 22 })] }));
    }
    for (const tbl of s.tables) body.push(...table(tbl, locale));
  });
  const doc = new Document({
    creator: "Medvirk",
    title: c.title,
    description: c.meta.map((m) => `${m.label}: ${m.value}`).join(" · "),
    styles: { default: { document: { run: { font: FONT, size: 22 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [c.processTitle, " · ", PageNumber.CURRENT, " / ", PageNumber.TOTAL_PAGES], size: 16, font: FONT })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
