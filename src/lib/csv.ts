// RFC 4180 CSV reading and writing, without dependencies.
// Reading is lenient where real files differ from the RFC (LF or lone CR line ends,
// a UTF-8 BOM from Excel, stray quotes inside unquoted fields) and strict only where
// guessing would silently corrupt data (an unterminated quoted field).

export interface CsvOptions {
  /** One character; "," by default. Excel in Norwegian locale writes ";". */
  delimiter?: string;
}

export type CsvErrorCode = "UNTERMINATED_QUOTE" | "DUPLICATE_HEADER" | "MISSING_HEADER" | "BAD_DELIMITER";

/** Carries a code and a 1-based line so callers can show a localised "linje 14" message. */
export class CsvError extends Error {
  readonly code: CsvErrorCode;
  readonly line: number;

  constructor(code: CsvErrorCode, line: number, message: string) {
    super(message);
    this.name = "CsvError";
    this.code = code;
    this.line = line;
  }
}

export interface CsvRecord {
  /** 1-based physical line the record starts on (multi-line fields push later records down). */
  line: number;
  /** Values by header name; a short record gets "" for its missing columns. */
  values: Record<string, string>;
  /** How many fields the record really had, so an importer can reject ragged rows. */
  fieldCount: number;
}

export interface CsvTable {
  header: string[];
  rows: CsvRecord[];
}

interface RawRecord {
  line: number;
  fields: string[];
}

const BOM = "\uFEFF";

function checkDelimiter(delimiter: string): void {
  if (delimiter.length !== 1 || delimiter === '"' || delimiter === "\r" || delimiter === "\n") {
    throw new CsvError("BAD_DELIMITER", 0, `Invalid CSV delimiter: ${JSON.stringify(delimiter)}`);
  }
}

// One pass over the text; line numbers are counted on every line break, inside quotes too,
// because that is what a user sees when opening the file in an editor.
function readRecords(input: string, delimiter: string): RawRecord[] {
  checkDelimiter(delimiter);
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const records: RawRecord[] = [];
  const n = text.length;

  let line = 1;
  let recordLine = 1;
  let fields: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted section
  let wasQuoted = false; // the current field started with a quote
  let i = 0;

  const endRecord = (): void => {
    fields.push(field);
    // A blank physical line is not a record (trailing newlines, spacer lines), but a
    // line holding just "" is: the author wrote an empty value on purpose.
    if (!(fields.length === 1 && fields[0] === "" && !wasQuoted)) {
      records.push({ line: recordLine, fields });
    }
    fields = [];
    field = "";
    wasQuoted = false;
  };

  while (i < n) {
    const ch = text.charAt(i);

    if (quoted) {
      if (ch === '"') {
        if (text.charAt(i + 1) === '"') {
          field += '"';
          i += 2;
        } else {
          quoted = false;
          i += 1;
        }
        continue;
      }
      // Line breaks inside quotes belong to the value, kept byte for byte.
      if (ch === "\r" || ch === "\n") line += 1;
      if (ch === "\r" && text.charAt(i + 1) === "\n") {
        field += "\r\n";
        i += 2;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }

    if (ch === '"' && field === "" && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      i += 1;
    } else if (ch === delimiter) {
      fields.push(field);
      field = "";
      wasQuoted = false;
      i += 1;
    } else if (ch === "\r" || ch === "\n") {
      endRecord();
      i += ch === "\r" && text.charAt(i + 1) === "\n" ? 2 : 1;
      line += 1;
      recordLine = line;
    } else {
      // Stray quotes mid-field (a"b) or after a closing quote ("a"b) are kept literally,
      // as Excel and most parsers do, rather than failing the whole import.
      field += ch;
      i += 1;
    }
  }

  if (quoted) {
    throw new CsvError("UNTERMINATED_QUOTE", recordLine, `Unterminated quoted field starting on line ${recordLine}`);
  }
  // Text not ending in a line break still has a last record pending.
  if (field !== "" || fields.length > 0 || wasQuoted) endRecord();

  return records;
}

/** Parses CSV text into rows of fields. Blank lines are skipped. */
export function parseCsv(text: string, opts: CsvOptions = {}): string[][] {
  return readRecords(text, opts.delimiter ?? ",").map((r) => r.fields);
}

/** Parses CSV text into rows of fields with the physical line each starts on. Blank lines are skipped. */
export function parseCsvLines(text: string, opts: CsvOptions = {}): { line: number; fields: string[] }[] {
  return readRecords(text, opts.delimiter ?? ",");
}

/** Parses CSV with a header row into records keyed by column name, with line numbers. */
export function parseCsvRecords(text: string, opts: CsvOptions = {}): CsvTable {
  const [first, ...rest] = readRecords(text, opts.delimiter ?? ",");
  if (!first) throw new CsvError("MISSING_HEADER", 1, "The CSV file has no header row");

  // Spreadsheet exports often pad header cells; the values themselves are left untouched.
  const header = first.fields.map((h) => h.trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (seen.has(name)) throw new CsvError("DUPLICATE_HEADER", first.line, `Duplicate column "${name}" in header`);
    seen.add(name);
  }

  const rows = rest.map(({ line, fields }) => ({
    line,
    // fromEntries defines own properties, so a column named "__proto__" is harmless.
    values: Object.fromEntries(header.map((name, col) => [name, fields[col] ?? ""])),
    fieldCount: fields.length,
  }));
  return { header, rows };
}

export type CsvCell = string | number | null | undefined;

// Spreadsheets execute cells starting with these as formulas (CSV injection, OWASP).
const FORMULA_TRIGGERS = new Set(["=", "+", "-", "@", "\t", "\r"]);

function escapeCell(value: CsvCell, delimiter: string): string {
  if (value === null || value === undefined) return "";
  // Real numbers cannot carry a formula, and "-3" must stay a number in Excel.
  if (typeof value === "number") return String(value);

  let cell = value;
  if (FORMULA_TRIGGERS.has(cell.charAt(0))) cell = `'${cell}`;
  const needsQuotes = cell.includes(delimiter) || cell.includes('"') || cell.includes("\n") || cell.includes("\r");
  return needsQuotes ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** One CSV line (no line ending), quoting as needed and neutralising formula cells. */
export function toCsvRow(values: readonly CsvCell[], opts: CsvOptions = {}): string {
  const delimiter = opts.delimiter ?? ",";
  checkDelimiter(delimiter);
  const row = values.map((v) => escapeCell(v, delimiter)).join(delimiter);
  // A lone empty cell would be a blank line, which readers skip; quoting keeps the row.
  return row === "" && values.length === 1 ? '""' : row;
}

/**
 * A whole CSV document with CRLF line ends (RFC 4180). `bom` makes Excel read UTF-8
 * correctly instead of guessing Windows-1252 and mangling æøå.
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], opts: CsvOptions & { bom?: boolean } = {}): string {
  const body = rows.map((r) => `${toCsvRow(r, opts)}\r\n`).join("");
  return opts.bom ? BOM + body : body;
}
