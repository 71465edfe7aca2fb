import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, parseCsvRecords, toCsv, toCsvRow } from "@/lib/csv";

describe("parseCsv", () => {
  it("keeps commas inside quoted fields", () => {
    expect(parseCsv('a,"b, c",d\n')).toEqual([["a", "b, c", "d"]]);
  });

  it('unescapes "" inside quoted fields', () => {
    expect(parseCsv('"Han sa ""hei"" til meg",x')).toEqual([['Han sa "hei" til meg', "x"]]);
    expect(parseCsv('"""",""')).toEqual([['"', ""]]);
  });

  it("keeps CRLF and LF line breaks inside quotes as part of the value", () => {
    const text = 'id,text\r\n1,"første linje\r\nandre linje"\r\n2,"a\nb"\r\n';
    expect(parseCsv(text)).toEqual([
      ["id", "text"],
      ["1", "første linje\r\nandre linje"],
      ["2", "a\nb"],
    ]);
  });

  it("accepts CRLF, LF and lone CR as record separators", () => {
    expect(parseCsv("a,b\r\nc,d\ne,f\rg,h")).toEqual([
      ["a", "b"],
      ["c", "d"],
      ["e", "f"],
      ["g", "h"],
    ]);
  });

  it("strips a UTF-8 BOM so the first column name is not corrupted", () => {
    const rows = parseCsv("\uFEFFid,navn\r\n1,Åse\r\n");
    expect(rows[0]?.[0]).toBe("id");
    expect(rows).toEqual([
      ["id", "navn"],
      ["1", "Åse"],
    ]);
  });

  it("keeps empty fields, including trailing ones, and skips blank lines", () => {
    expect(parseCsv("a,,c,\n\n,\n")).toEqual([
      ["a", "", "c", ""],
      ["", ""],
    ]);
    expect(parseCsv('""\n')).toEqual([[""]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("reads the last record when the file has no final newline", () => {
    expect(parseCsv('a,b\n1,"2"')).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("supports another delimiter, with the comma then being plain text", () => {
    expect(parseCsv('a;"b;c";1,5\n', { delimiter: ";" })).toEqual([["a", "b;c", "1,5"]]);
  });

  it("keeps stray quotes in unquoted fields literally", () => {
    expect(parseCsv('5" skjerm,"a"b\n')).toEqual([['5" skjerm', "ab"]]);
  });

  it("rejects an unterminated quoted field, naming the line it starts on", () => {
    const run = () => parseCsv('a,b\n1,2\n3,"aldri lukket\nmer tekst\n');
    expect(run).toThrow(CsvError);
    try {
      run();
    } catch (e) {
      expect(e).toBeInstanceOf(CsvError);
      expect((e as CsvError).code).toBe("UNTERMINATED_QUOTE");
      expect((e as CsvError).line).toBe(3);
    }
  });
});

describe("parseCsvRecords", () => {
  it("maps values by header and reports the physical start line of multi-line records", () => {
    const text = [
      "id,text,district", // line 1
      'i001,"to\r\nlinjer",Fjell', // lines 2-3
      'i002,"tre\nlinjer\r\nher",', // lines 4-6
      "", // line 7, blank
      "i003,én linje,Konnerud", // line 8
    ].join("\r\n");
    const { header, rows } = parseCsvRecords(text);
    expect(header).toEqual(["id", "text", "district"]);
    expect(rows.map((r) => r.line)).toEqual([2, 4, 8]);
    expect(rows[0]?.values).toEqual({ id: "i001", text: "to\r\nlinjer", district: "Fjell" });
    expect(rows[1]?.values.district).toBe("");
    expect(rows[2]?.values.text).toBe("én linje");
  });

  it("fills missing columns with empty strings and reports the real field count", () => {
    const { rows } = parseCsvRecords("a,b,c\n1,2\n1,2,3,4\n");
    expect(rows[0]?.values).toEqual({ a: "1", b: "2", c: "" });
    expect(rows[0]?.fieldCount).toBe(2);
    expect(rows[1]?.fieldCount).toBe(4);
  });

  it("trims header names and rejects duplicates", () => {
    expect(parseCsvRecords(" id , text\n1,x\n").header).toEqual(["id", "text"]);
    expect(() => parseCsvRecords("id,id\n1,2\n")).toThrow(CsvError);
    expect(() => parseCsvRecords("\n\n")).toThrow(CsvError);
  });

  it("parses the example inputs file: 120 records, 11 columns, ascending ids", () => {
    const file = path.resolve(process.cwd(), "../shared/data/innspill-eksempel.csv");
    const text = readFileSync(file, "utf8");
    const { header, rows } = parseCsvRecords(text);

    expect(header).toEqual([
      "id",
      "text",
      "insight_category",
      "thematic_plan",
      "topics",
      "target_group",
      "district",
      "channel",
      "language",
      "abusive",
      "dup_of",
    ]);
    expect(rows).toHaveLength(120);
    for (const row of rows) {
      expect(row.fieldCount, `line ${row.line}`).toBe(11);
      expect(row.values.id).toMatch(/^i\d{3}$/);
      expect(["0", "1"]).toContain(row.values.abusive);
    }

    const ids = rows.map((r) => Number(r.values.id?.slice(1)));
    for (let k = 1; k < ids.length; k++) expect(ids[k]).toBeGreaterThan(ids[k - 1] ?? Infinity);

    // Multi-line texts exist in the file, so later records start below their index.
    expect(rows.some((r) => (r.values.text ?? "").includes("\n"))).toBe(true);
    const last = rows[rows.length - 1];
    expect(last?.line).toBeGreaterThan(121);
    expect(text.split(/\r\n|\n|\r/)[(last?.line ?? 1) - 1]?.startsWith(`${last?.values.id},`)).toBe(true);
  });
});

describe("toCsvRow", () => {
  it("quotes only when needed and doubles quotes", () => {
    expect(toCsvRow(["enkel", "med, komma", 'sa "hei"', "to\nlinjer", 42, null, undefined])).toBe('enkel,"med, komma","sa ""hei""","to\nlinjer",42,,');
  });

  it("neutralises formula injection in text cells", () => {
    expect(toCsvRow(['=HYPERLINK("http://x")', "+47 99", "-1+1", "@SUM(A1)", "\tx", "\rx"])).toBe(
      `"'=HYPERLINK(""http://x"")",'+47 99,'-1+1,'@SUM(A1),'\tx,"'\rx"`,
    );
    // Real numbers are not formulas and must stay numeric.
    expect(toCsvRow([-3, 1.5])).toBe("-3,1.5");
    // Text with the trigger elsewhere is left alone.
    expect(toCsvRow(["a=b", "1-2"])).toBe("a=b,1-2");
  });

  it("round-trips through parseCsv (apart from the injection guard)", () => {
    const rows = [
      ["id", "tekst"],
      ["1", 'Han sa "nei, takk"\r\nog gikk'],
      ["2", ""],
    ];
    expect(parseCsv(toCsv(rows, { bom: true }))).toEqual(rows);
    expect(toCsv([["a"]], { bom: true })).toBe("\uFEFFa\r\n");
    // A row with one empty cell must not turn into a skipped blank line.
    expect(parseCsv(toCsv([[""], ["x"]]))).toEqual([[""], ["x"]]);
    expect(parseCsv(toCsv([["a;b", "c"]], { delimiter: ";" }), { delimiter: ";" })).toEqual([["a;b", "c"]]);
  });
});
