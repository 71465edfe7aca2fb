// An administrator exports the inbox as CSV and XLSX, and imports inputs typed in from paper:
// a file with a bad row is refused with its line number and nothing is saved, a good file is
// previewed and imported and its inputs show in the inbox. Axe at desktop and phone width.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/lib/csv";
import { ACCOUNTS, download, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 90_000 });

const RUN = Date.now().toString(36);
const GOOD_TEXT = `Papirskjema ${RUN}: benkene langs elva mangler ryggstø, og det er langt mellom dem.`;
const OTHER_TEXT = `Papirskjema ${RUN}: biblioteket på Strømsø bør ha åpent på søndager.`;
const header = "id,text,insight_category,district,target_group,topics";
const goodCsv = [
  header,
  `p-${RUN}-1,"${GOOD_TEXT}",BEHOV,Strømsø,Eldre hjemmeboende,moteplasser|universell-utforming`,
  `p-${RUN}-2,"${OTHER_TEXT}",håp,,,kultur`,
].join("\r\n");
const badCsv = [header, `b-${RUN}-1,"${GOOD_TEXT}",BEHOV,,,`, `b-${RUN}-2,Noe annet,KANSKJE,,,`].join("\r\n");

async function openImport(page: Page) {
  await page.goto("/admin/innspill/import");
  await expect(page.getByRole("heading", { level: 1, name: "Importer innspill" })).toBeVisible();
  const demre = await page.locator('select[name="prosess"] option', { hasText: "DEMRE" }).first().getAttribute("value");
  await page.getByLabel("Prosess", { exact: true }).selectOption(demre!);
  await page.getByRole("button", { name: "Velg", exact: true }).click();
  await expect(page.getByRole("heading", { level: 2, name: /Last opp innspill til/ })).toBeVisible();
}

async function upload(page: Page, name: string, csv: string) {
  await page.getByLabel("CSV-fil").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forhåndsvisning av import" })).toBeVisible();
}

test.beforeEach(async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
});

test("exports the inputs as CSV that Excel reads (BOM, ';') and as XLSX", async ({ page }) => {
  await page.goto("/admin");
  const csv = await download(page, "/admin/innspill/eksport?format=csv");
  expect(csv.name).toMatch(/^innspill-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFKvitteringskode;Mottatt;Prosess;Fase;Aktivitet;Metode;Kanal;Kategori;Emner;Temaplaner;Status;")).toBe(true);
  const rows = parseCsv(text, { delimiter: ";" });
  expect(rows.length).toBeGreaterThan(50);
  const col = (name: string) => rows[0]!.indexOf(name);
  // A demo input from the sample file (i001), with its district and plain-word category.
  const bench = rows.find((r) => r[col("Tekst")]?.startsWith("Mann i 70-årene på benken ved Bragernes torg"));
  expect(bench).toBeDefined();
  expect([bench![col("Kategori")], bench![col("Bydel")]]).toEqual(["Utfordringer", "Konnerud"]);

  const xlsx = await download(page, "/admin/innspill/eksport?format=xlsx");
  expect(xlsx.name).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).getCell(1).value).toBe("Kvitteringskode");
  expect(ws.rowCount).toBe(rows.length);
  expect(ws.getRow(2).getCell(2).value).toBeInstanceOf(Date);
});

test("a file with a bad row is refused with its line number, and nothing is imported", async ({ page }) => {
  await openImport(page);
  await expectPageBasics(page);
  await expectAccessible(page);
  await upload(page, "papir-feil.csv", badCsv);
  const errors = page.getByRole("region", { name: /1 feil må rettes/ });
  await expect(errors.getByRole("row").nth(1)).toHaveText(/3\s*insight_category\s*Ukjent kategori «KANSKJE»\./);
  await expect(page.getByRole("button", { name: /Importer alle/ })).toHaveCount(0);
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);

  await page.goto("/admin/innspill?synlighet=alle");
  await expect(page.getByText(GOOD_TEXT)).toHaveCount(0);
});

test("a good file is previewed, imported once, and its inputs show in the inbox", async ({ page }) => {
  await openImport(page);
  await page.getByRole("radio", { name: "E-post" }).check();
  await upload(page, "papir.csv", goodCsv);
  await expect(page.getByText("Ingen feil. Alle radene kan importeres.")).toBeVisible();
  await expect(page.getByRole("region", { name: /De første 2 radene/ })).toContainText(GOOD_TEXT);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("button", { name: "Importer alle 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 innspill er importert." })).toBeVisible();
  await expectAccessible(page);

  // The same file again: every row is already imported, so it cannot be committed.
  await page.getByRole("link", { name: "Last opp en annen fil" }).click();
  await upload(page, "papir.csv", goodCsv);
  await expect(page.getByRole("region", { name: /2 feil må rettes/ })).toContainText("er allerede importert til denne prosessen");

  await page.goto("/admin/innspill");
  await expect(page.getByText(GOOD_TEXT).first()).toBeVisible();
  await expect(page.getByText(OTHER_TEXT).first()).toBeVisible();
});

test("without a file the form says so at the field", async ({ page }) => {
  await openImport(page);
  await page.getByRole("button", { name: "Forhåndsvis" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(page.getByLabel("CSV-fil")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
});
