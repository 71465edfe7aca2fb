// Export and import of inputs: the sample file imports cleanly, all or nothing; a broken copy
// names its lines and fields; exports open in Excel (BOM, ";", real date cells) and stream
// 100 000 inputs without holding them in memory.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { COMMANDS } from "@/features/commands";
import { parseInboxFilter } from "@/features/inputs/inbox/filters";
import { exportInputs } from "@/features/inputs/transfer/export-inputs";
import { checkImport } from "@/features/inputs/transfer/validate-import";
import { runAction } from "@/lib/action";
import { parseCsv, parseCsvRecords, toCsv } from "@/lib/csv";
import { db } from "@/lib/db";
import { createUser } from "../support/factories";
import { makeImportProcess, readSampleCsv } from "../support/fixtures/input-transfer";

let admin = "";
beforeAll(async () => {
  admin = (await createUser("ADMIN")).id;
});

const preview = (processId: string, file: string, userId = admin) =>
  runAction(COMMANDS.previewInputImport!, { userId, input: { processId, phaseId: "", activityId: "", channel: "PAPER", fileName: "innspill.csv", file } });
const commit = (importId: string, userId = admin) => runAction(COMMANDS.commitInputImport!, { userId, input: { importId } });
const ok = <T>(state: { status: string; data?: T }): T => {
  expect(state, JSON.stringify(state)).toMatchObject({ status: "success" });
  return state.data as T;
};
type Preview = { importId: string; rowCount: number; errorCount: number };
const BOM = "\uFEFF";

describe("importing the sample file (../shared/data/innspill-eksempel.csv)", () => {
  const sample = readSampleCsv();
  const records = parseCsvRecords(sample).rows;

  it("previews with no errors, imports every row once with its category, topics and plans, and refuses a second import", async () => {
    const p = await makeImportProcess();
    const pre = ok<Preview>(await preview(p.id, sample));
    expect(pre).toMatchObject({ rowCount: records.length, errorCount: 0 });
    expect(records.length).toBe(120);
    expect(await db.input.count({ where: { processId: p.id } })).toBe(0); // preview saves nothing

    const done = ok<{ count: number }>(await commit(pre.importId));
    expect(done.count).toBe(120);
    expect(await db.input.count({ where: { processId: p.id } })).toBe(120);

    // Categories as in the file.
    const code = { KVALITET: "QUALITY", EKSISTERENDE: "EXISTING", UTFORDRING: "CHALLENGE", BEHOV: "NEED", HAAP: "HOPE" } as Record<string, string>;
    const expected: Record<string, number> = {};
    for (const r of records) expected[code[r.values.insight_category!]!] = (expected[code[r.values.insight_category!]!] ?? 0) + 1;
    const byCategory = await db.input.groupBy({ by: ["category"], where: { processId: p.id }, _count: { _all: true } });
    expect(Object.fromEntries(byCategory.map((g) => [g.category, g._count._all]))).toEqual(expected);

    // One row in full: i001, a bench chat at Konnerud.
    const i001 = await db.input.findFirstOrThrow({
      where: { processId: p.id, externalRef: "i001" },
      select: {
        status: true,
        channel: true,
        language: true,
        receiptCode: true,
        recordedById: true,
        method: { select: { slug: true } },
        district: { select: { name: true } },
        targetGroup: { select: { name: true } },
        tags: { select: { source: true, tag: { select: { slug: true } } } },
        thematicPlans: { select: { source: true, thematicPlan: { select: { slug: true } } } },
      },
    });
    expect(i001).toMatchObject({
      status: "RECEIVED",
      channel: "ACTIVITY",
      language: "nb",
      recordedById: admin,
      method: { slug: "benkeprat" },
      district: { name: "Konnerud" },
      targetGroup: { name: "Eldre hjemmeboende" },
    });
    expect(i001.receiptCode).toMatch(/^[2-9A-Z]{5}-[2-9A-Z]{5}$/);
    expect(i001.tags.map((t) => [t.tag.slug, t.source]).sort()).toEqual([
      ["aktivitet", "IMPORT"],
      ["transport", "IMPORT"],
    ]);
    expect(i001.thematicPlans.map((t) => [t.thematicPlan.slug, t.source])).toEqual([["aldersvennlig", "IMPORT"]]);

    // Every topic link in the file, and BEGGE = both plans.
    const topicLinks = records.reduce((n, r) => n + new Set(r.values.topics!.split("|").filter(Boolean)).size, 0);
    expect(await db.inputTag.count({ where: { input: { processId: p.id }, source: "IMPORT" } })).toBe(topicLinks);
    const planLinks = records.reduce((n, r) => n + (r.values.thematic_plan === "BEGGE" ? 2 : 1), 0);
    expect(await db.inputThematicPlan.count({ where: { input: { processId: p.id } } })).toBe(planLinks);
    // Abusive rows are held for moderation; e-mail rows have no method.
    expect(await db.input.count({ where: { processId: p.id, heldForReview: true } })).toBe(records.filter((r) => r.values.abusive === "1").length);
    expect(await db.input.count({ where: { processId: p.id, channel: "EMAIL", methodId: null } })).toBe(
      records.filter((r) => r.values.channel === "epost").length,
    );
    // dup_of links to the earlier input when it is in the file.
    const dup = records.find((r) => r.values.dup_of && records.some((o) => o.values.id === r.values.dup_of));
    if (dup) {
      const row = await db.input.findFirstOrThrow({
        where: { processId: p.id, externalRef: dup.values.id },
        select: { duplicateOf: { select: { externalRef: true } } },
      });
      expect(row.duplicateOf?.externalRef).toBe(dup.values.dup_of);
    }
    expect(await db.auditLog.count({ where: { actorId: admin, action: "input.import", processId: p.id } })).toBe(2);

    // The same upload cannot be committed twice, and the same file again is refused row by row.
    expect((await commit(pre.importId)).status).toBe("error");
    const again = ok<Preview>(await preview(p.id, sample));
    expect(again.errorCount).toBe(120);
    const state = await commit(again.importId);
    expect(state).toMatchObject({ status: "error", message: expect.stringContaining("120 feil") });
    expect(await db.input.count({ where: { processId: p.id } })).toBe(120);
  });

  it("reports exactly the broken lines and fields of a damaged copy, and commits nothing", async () => {
    const p = await makeImportProcess();
    // One record per physical line (line breaks inside texts flattened), so line N = record N-1.
    const [header, ...rows] = parseCsv(sample).map((r) => r.map((f) => f.replace(/\r?\n/g, " ")));
    const col = (name: string) => header!.indexOf(name);
    rows[3]![col("insight_category")] = "KANSKJE"; // line 5
    rows[7]![col("text")] = "   "; // line 9
    rows[10]![col("district")] = "Gotham"; // line 12
    const broken = toCsv([header!, ...rows]);

    const check = await checkImport(db, p.id, { phaseId: null, activityId: null, channel: "PAPER", fileName: "" }, broken);
    expect(check.errors.map((e) => [e.line, e.field, e.message])).toEqual([
      [5, "insight_category", "unknownCategory"],
      [9, "text", "required"],
      [12, "district", "unknownDistrict"],
    ]);

    const pre = ok<Preview>(await preview(p.id, broken));
    expect(pre).toMatchObject({ rowCount: 120, errorCount: 3 });
    const state = await commit(pre.importId);
    expect(state).toMatchObject({ status: "error", message: "Filen har 3 feil. Ingenting er importert." });
    expect(await db.input.count({ where: { processId: p.id } })).toBe(0);
    expect((await db.inputImport.findUniqueOrThrow({ where: { id: pre.importId } })).consumedAt).toBeNull();
  });

  it("reads Norwegian Excel's semicolon files, plain category words and physical line numbers", async () => {
    const p = await makeImportProcess();
    const csv = 'id;text;insight_category;district\r\nx1;"Første linje\r\nandre linje";håp;Strømsø\r\nx2;Ukjent;tja;\r\n';
    const check = await checkImport(db, p.id, { phaseId: null, activityId: null, channel: "EMAIL", fileName: "" }, `${BOM}${csv}`);
    expect(check.errors).toEqual([{ line: 4, field: "insight_category", message: "unknownCategory", values: { value: "tja" } }]);
    expect(check.rows[0]).toMatchObject({ category: "HOPE", channel: "EMAIL", text: "Første linje\r\nandre linje" });
  });

  it("keeps an upload private to the administrator who made it", async () => {
    const p = await makeImportProcess();
    const pre = ok<Preview>(await preview(p.id, "text\r\nHei\r\n"));
    const other = (await createUser("ADMIN")).id;
    expect(await commit(pre.importId, other)).toMatchObject({ status: "error", message: expect.stringContaining("Fant ikke importen") });
    expect(await db.input.count({ where: { processId: p.id } })).toBe(0);
  });
});

async function* chunksOf(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  for (let r = await reader.read(); !r.done; r = await reader.read()) yield r.value;
}
async function readAll(stream: ReadableStream<Uint8Array>) {
  const chunks: Uint8Array[] = [];
  for await (const c of chunksOf(stream)) chunks.push(c);
  return Buffer.concat(chunks);
}

describe("exporting inputs", () => {
  const tricky = 'Hun sa: "Bussen går for sjelden", og\r\nbakken er bratt; æøå ÆØÅ';
  let processId = "";
  beforeAll(async () => {
    const p = await makeImportProcess();
    processId = p.id;
    const district = await db.district.findFirstOrThrow({ where: { name: "Strømsø" }, select: { id: true } });
    await db.input.createMany({
      data: [
        {
          processId,
          text: tricky,
          channel: "PAPER",
          category: "CHALLENGE",
          receiptCode: "EXPORT0001",
          districtId: district.id,
          submittedAt: new Date("2026-06-15T10:30:00Z"),
          publicResponse: "Takk – vi ser på det",
        },
        { processId, text: '=HYPERLINK("x")', channel: "EMAIL", receiptCode: "EXPORT0002", submittedAt: new Date("2026-01-10T08:00:00Z") },
        { processId, text: "skjult", channel: "EMAIL", receiptCode: "EXPORT0003", isHidden: true, hiddenReason: "Spam" },
      ],
    });
  });
  const filter = () => parseInboxFilter(new URLSearchParams({ prosess: processId }));

  it("writes CSV with BOM, ';', CRLF and Oslo times that round-trips æøå, quotes and line breaks", async () => {
    const out = await exportInputs({ id: admin }, filter(), "csv", "nb");
    expect(out.fileName).toMatch(/^innspill-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = (await readAll(out.body)).toString("utf8");
    expect(
      text.startsWith(
        `${BOM}Kvitteringskode;Mottatt;Prosess;Fase;Aktivitet;Metode;Kanal;Kategori;Emner;Temaplaner;Status;Svar til innsender;Språk;Bydel;Målgruppe;Aldersgruppe;Tekst;Registrert av;Skjult;Grunn;Andre svar\r\n`,
      ),
    ).toBe(true);
    const rows = parseCsv(text, { delimiter: ";" });
    expect(rows).toHaveLength(3); // header + 2 visible inputs; hidden ones need synlighet=alle
    const [code, received, , , , , channel, category, , , status, response, , district, , , body] = rows[1]!;
    expect([code, received, channel, category, status, response, district, body]).toEqual([
      "EXPORT0001",
      "2026-06-15 12:30",
      "Papir",
      "Utfordringer",
      "Mottatt",
      "Takk – vi ser på det",
      "Strømsø",
      tricky,
    ]);
    expect(rows[2]![16]).toBe('\'=HYPERLINK("x")'); // formulas neutralised
    expect(rows[2]![1]).toBe("2026-01-10 09:00"); // winter time
    const audit = await db.auditLog.findFirstOrThrow({ where: { actorId: admin, action: "input.export" }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ processId, details: { format: "csv", rows: 2, filter: { prosess: processId, synlighet: "synlige" } } });
  });

  it("writes XLSX with a bold header, real dates and every matching row", async () => {
    const out = await exportInputs({ id: admin }, parseInboxFilter(new URLSearchParams({ prosess: processId, synlighet: "alle" })), "xlsx", "nb");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readAll(out.body)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.rowCount).toBe(4);
    expect(ws.getRow(1).getCell(1).value).toBe("Kvitteringskode");
    expect(ws.getRow(1).getCell(20).value).toBe("Grunn");
    expect(ws.getRow(1).font?.bold ?? ws.getRow(1).getCell(1).font?.bold).toBe(true);
    const codes = [2, 3, 4].map((i) => ws.getRow(i).getCell(1).value);
    expect(codes).toContain("EXPORT0003");
    const first = ws.getRow(codes.indexOf("EXPORT0001") + 2);
    expect(first.getCell(2).value).toEqual(new Date("2026-06-15T12:30:00Z")); // Oslo wall clock as the cell's date
    expect(first.getCell(17).value).toBe(tricky.replace(/\r\n/g, "\n")); // XML keeps line breaks as LF
    expect(ws.getRow(codes.indexOf("EXPORT0003") + 2).getCell(19).value).toBe("Ja");
  });
});

describe("exporting everything the inbox detail shows", () => {
  // Two forms of one process that ask the same question under different keys: one column.
  const OFTEN = "Hvor ofte er du med på en organisert aktivitet?";
  const WHAT = "Hva liker du å gjøre?";
  const field = (key: string, position: number, type: "LONG_TEXT" | "SHORT_TEXT" | "SINGLE_CHOICE" | "MULTI_CHOICE", label: string, options?: string[]) => ({
    key,
    position,
    type,
    texts: { nb: { label, ...(options ? { options } : {}) }, en: { label: `${label} (en)`, ...(options ? { options: options.map((o) => `${o} (en)`) } : {}) } },
  });
  let processId = "";
  let topicNames: string[] = [];
  let planNames: string[] = [];
  let targetGroup = "";
  beforeAll(async () => {
    const p = await makeImportProcess();
    processId = p.id;
    const [district, tags, plans, tg] = await Promise.all([
      db.district.findFirstOrThrow({ where: { name: "Strømsø" }, select: { id: true } }),
      db.tag.findMany({ orderBy: { name: "asc" }, take: 2, select: { id: true, name: true } }),
      db.thematicPlan.findMany({ orderBy: { name: "asc" }, take: 2, select: { id: true, name: true } }),
      db.targetGroup.findFirstOrThrow({ where: { processId }, select: { id: true, name: true } }),
    ]);
    topicNames = tags.map((t) => t.name);
    planNames = plans.map((t) => t.name);
    targetGroup = tg.name;
    const one = await db.form.create({
      data: {
        processId,
        slug: `eksport-a-${processId}`,
        texts: { nb: { title: "A" } },
        createdAt: new Date("2026-01-01T00:00:00Z"),
        fields: {
          create: [
            field("innspill", 0, "LONG_TEXT", "Hva vil du si?"),
            field("often", 1, "SINGLE_CHOICE", OFTEN, ["Ofte", "Av og til", "Sjelden"]),
            field("what", 2, "MULTI_CHOICE", WHAT, ["Gå tur", "Synge", "Spille kort"]),
          ],
        },
      },
      select: { id: true },
    });
    const two = await db.form.create({
      data: {
        processId,
        slug: `eksport-b-${processId}`,
        texts: { nb: { title: "B" } },
        createdAt: new Date("2026-01-02T00:00:00Z"),
        fields: {
          create: [
            field("tekst", 0, "LONG_TEXT", "Fortell"),
            field("hvor_ofte", 1, "SINGLE_CHOICE", OFTEN, ["Hver uke", "Sjeldnere"]),
            field("navn_lag", 2, "SHORT_TEXT", "Hvilket lag?"),
          ],
        },
      },
      select: { id: true },
    });
    const a = await db.input.create({
      data: {
        processId,
        formId: one.id,
        text: "Jeg er med på seniordans",
        channel: "FORM",
        category: "QUALITY",
        status: "USED",
        publicResponse: "Takk!",
        receiptCode: "ANSWERS01",
        districtId: district.id,
        targetGroupId: tg.id,
        ageMin: 67,
        ageMax: 79,
        answers: { often: "1", what: ["0", "2"], gammelt_felt: "ja" },
        submittedAt: new Date("2026-03-02T10:00:00Z"),
        tags: { create: tags.map((t) => ({ tagId: t.id })) },
        thematicPlans: { create: plans.map((t) => ({ thematicPlanId: t.id })) },
      },
      select: { id: true },
    });
    expect(a.id).toBeTruthy();
    await db.input.create({
      data: {
        processId,
        formId: two.id,
        text: "Korps",
        channel: "FORM",
        receiptCode: "ANSWERS02",
        answers: { hvor_ofte: 0, navn_lag: "Skolekorpset" },
        submittedAt: new Date("2026-03-01T10:00:00Z"),
      },
    });
  });
  const filter = () => parseInboxFilter(new URLSearchParams({ prosess: processId }));
  const QUESTION_HEADERS = [OFTEN, WHAT, "Hvilket lag?", "Andre svar"];

  it("puts topics, thematic plans, target group, district, status, response and the labelled form answers in the CSV", async () => {
    const out = await exportInputs({ id: admin }, filter(), "csv", "nb");
    const rows = parseCsv((await readAll(out.body)).toString("utf8").replace(BOM, ""), { delimiter: ";" });
    const header = rows[0]!;
    expect(header.slice(-4)).toEqual(QUESTION_HEADERS);
    const byHeader = (row: string[]) => Object.fromEntries(header.map((h, i) => [h, row[i]]));
    const a = byHeader(rows.find((r) => r[0] === "ANSWERS01")!);
    expect(a).toMatchObject({
      Kategori: "Kvaliteter",
      Emner: topicNames.join("; "),
      Temaplaner: planNames.join("; "),
      Målgruppe: targetGroup,
      Bydel: "Strømsø",
      Status: "Brukt",
      "Svar til innsender": "Takk!",
      Aldersgruppe: "67–79 år",
      [OFTEN]: "Av og til",
      [WHAT]: "Gå tur; Spille kort",
      "Hvilket lag?": "",
      "Andre svar": "gammelt_felt: ja",
    });
    const b = byHeader(rows.find((r) => r[0] === "ANSWERS02")!);
    expect(b).toMatchObject({ Emner: "", Temaplaner: "", [OFTEN]: "Hver uke", [WHAT]: "", "Hvilket lag?": "Skolekorpset", "Andre svar": "" });
  });

  it("writes the same cells to the XLSX", async () => {
    const out = await exportInputs({ id: admin }, filter(), "xlsx", "nb");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await readAll(out.body)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(-4)).toEqual(QUESTION_HEADERS);
    const cell = (rowNo: number, name: string) => ws.getRow(rowNo).getCell(header.indexOf(name) + 1).value ?? "";
    const rowOf = (code: string) => [2, 3].find((i) => ws.getRow(i).getCell(1).value === code)!;
    const a = rowOf("ANSWERS01");
    expect([cell(a, "Emner"), cell(a, "Temaplaner"), cell(a, "Målgruppe"), cell(a, "Status"), cell(a, OFTEN), cell(a, WHAT), cell(a, "Andre svar")]).toEqual([
      topicNames.join("; "),
      planNames.join("; "),
      targetGroup,
      "Brukt",
      "Av og til",
      "Gå tur; Spille kort",
      "gammelt_felt: ja",
    ]);
    const b = rowOf("ANSWERS02");
    expect([cell(b, OFTEN), cell(b, "Hvilket lag?")]).toEqual(["Hver uke", "Skolekorpset"]);
  });
});

describe("exporting 100 000 inputs", () => {
  const N = 100_000;
  let processId = "";
  beforeAll(async () => {
    const started = Date.now();
    const p = await makeImportProcess();
    processId = p.id;
    // One statement: ~400 characters of text each, with æøå, a minute apart. A bulk load, as
    // scripts/generate-inputs.ts does it: the knowledge base's count triggers (not under test
    // here) are off for the load; this file's database is its own.
    await db.$executeRaw`ALTER TABLE input DISABLE TRIGGER USER`;
    await db.$executeRaw`
      INSERT INTO input (process_id, text, channel, category, receipt_code, submitted_at, updated_at)
      SELECT ${processId}::uuid,
             'Innspill nr. ' || i || ': ' || repeat('Bussen til Åssiden går for sjelden, og trappene på Strømsø er bratte for eldre. ', 5),
             'PAPER', 'NEED', 'M' || lpad(i::text, 9, '0'), now() - make_interval(mins => i), now()
        FROM generate_series(1, ${N}) AS i`;
    await db.$executeRaw`ALTER TABLE input ENABLE TRIGGER USER`;
    // What autovacuum does after a bulk load; without statistics the planner sorts all rows per batch.
    await db.$executeRaw`ANALYZE input`;
    console.log(`inserted ${N} inputs in ${Date.now() - started} ms`);
  }, 180_000);

  // Live heap (after a forced GC) while the export is consumed: it must stay flat while the
  // output grows far beyond it. Loading all rows at once would hold well over 100 MB.
  setFlagsFromString("--expose-gc");
  const gc = runInNewContext("gc") as () => void;
  const BOUND = 80 * 1024 * 1024;

  async function measure(stream: ReadableStream<Uint8Array>) {
    gc();
    const base = process.memoryUsage().heapUsed;
    let bytes = 0;
    let peak = 0;
    let rawPeak = 0;
    let samples = 0;
    let lastGc = Date.now();
    let lastGcBytes = 0;
    for await (const chunk of chunksOf(stream)) {
      bytes += chunk.byteLength;
      rawPeak = Math.max(rawPeak, process.memoryUsage().heapUsed - base);
      // A sample every second and every 2 MB of output: on a fast machine the CSV streams in
      // under 4 s, and time alone then gave too few samples (`samples > 3` failed).
      if (Date.now() - lastGc > 1000 || bytes - lastGcBytes > 2 * 2 ** 20) {
        gc();
        samples += 1;
        peak = Math.max(peak, process.memoryUsage().heapUsed - base);
        lastGc = Date.now();
        lastGcBytes = bytes;
      }
    }
    return { bytes, peakLiveMB: +(peak / 2 ** 20).toFixed(1), rawPeakMB: +(rawPeak / 2 ** 20).toFixed(1), samples };
  }

  it("streams the CSV in constant memory", async () => {
    const started = Date.now();
    const out = await exportInputs({ id: admin }, parseInboxFilter(new URLSearchParams({ prosess: processId })), "csv", "nb");
    expect(out.rows).toBe(N);
    const m = await measure(out.body);
    console.log(
      `CSV export of ${N}: ${(m.bytes / 2 ** 20).toFixed(1)} MB in ${Date.now() - started} ms; heap growth live ${m.peakLiveMB} MB (${m.samples} samples), raw ${m.rawPeakMB} MB`,
    );
    expect(m.samples).toBeGreaterThan(3);
    expect(m.bytes).toBeGreaterThan(45 * 2 ** 20);
    expect(m.peakLiveMB * 2 ** 20).toBeLessThan(BOUND);
  }, 180_000); // generous: shared test machines can be very busy; the log line shows the time

  it("streams the XLSX in constant memory", async () => {
    const started = Date.now();
    const out = await exportInputs({ id: admin }, parseInboxFilter(new URLSearchParams({ prosess: processId })), "xlsx", "nb");
    const m = await measure(out.body);
    console.log(
      `XLSX export of ${N}: ${(m.bytes / 2 ** 20).toFixed(1)} MB in ${Date.now() - started} ms; heap growth live ${m.peakLiveMB} MB (${m.samples} samples), raw ${m.rawPeakMB} MB`,
    );
    expect(m.samples).toBeGreaterThan(3);
    expect(m.bytes).toBeGreaterThan(3 * 2 ** 20); // zipped; ~50 MB of sheet XML before compression
    expect(m.peakLiveMB * 2 ** 20).toBeLessThan(BOUND);
  }, 180_000);
});
