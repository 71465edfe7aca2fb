// The kunnskapsgrunnlag report from the demo data: an administrator and a group leader open
// the "aldersvennlig" plan's report, the table of contents leads to its parts, the print view
// leaves navigation out, the XLSX and CSV downloads read back with the page's figures, axe is
// clean at desktop and phone width. That politicians are refused the report and its downloads
// is proven in tests/integration/page-access.test.ts.
import { expect, test, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { parseCsv } from "../../src/lib/csv";
import { ACCOUNTS, download, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// A long page: axe takes its time on it (twice, at two widths).
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PLAN = "Temaplan for aldersvennlig Drammen";
const REPORT = "/kunnskapsgrunnlag/tema/aldersvennlig";

/** The summary table's "Innspill" figure, as a number (Norwegian formatting stripped). */
async function inputsOnPage(page: Page) {
  const cell = page
    .getByRole("table", { name: "Nøkkeltall" })
    .getByRole("row", { name: /^Innspill \d/ })
    .getByRole("cell");
  return Number((await cell.innerText()).replace(/\s/g, ""));
}

test("an administrator opens the plan's report, follows the contents, prints and downloads it", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/kunnskapsgrunnlag");
  await expectPageBasics(page);
  await expect(page.getByRole("heading", { level: 1, name: "Kunnskapsgrunnlag" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: PLAN }).click();
  await expect(page).toHaveURL(new RegExp(`${REPORT}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Kunnskapsgrunnlag: ${PLAN}` })).toBeVisible();
  await expectPageBasics(page);
  await expect(page.getByText(/^Generert \d/)).toBeVisible();

  // Every part has an h2 and the contents link to them.
  const toc = page.getByRole("navigation", { name: "Innhold" });
  for (const part of ["Sammendrag", "Hva vi har hørt", "Hvem vi har hørt fra", "Aktiviteter og metoder"]) {
    await expect(page.getByRole("heading", { level: 2, name: part })).toBeVisible();
  }
  await toc.getByRole("link", { name: "Hvem vi har hørt fra" }).click();
  await expect(page).toHaveURL(/#hvem-vi-har-hort-fra$/);
  await expect(page.getByRole("heading", { level: 2, name: "Hvem vi har hørt fra" })).toBeInViewport();
  await toc.getByRole("link", { name: "Utfordringer, bekymringer" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Utfordringer, bekymringer" })).toBeInViewport();
  // What was heard: topics with counts and quotes with "mentioned by".
  await expect(page.getByRole("table", { name: "Emner under «Utfordringer, bekymringer»" })).toBeVisible();
  // Quotes are folded under their topic (issue #16, 16a): open the first list.
  const quotes = page.getByRole("region", { name: "Utfordringer, bekymringer", exact: true }).locator("details[data-report-quotes]").first();
  await quotes.locator("summary").click();
  await expect(quotes.getByText(/^Nevnt av \d/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: "Innspill etter bydeler" }).getByRole("rowheader", { name: "Konnerud" })).toBeVisible();

  const inputs = await inputsOnPage(page);
  expect(inputs).toBeGreaterThan(20);

  // The print view: navigation, header and tools are left out; the report itself stays.
  await expect(page.getByRole("navigation", { name: "Kunnskapsbasens sider" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Kunnskapsbasens sider" })).toBeHidden();
  await expect(page.locator("header[data-site-header]")).toBeHidden();
  await expect(page.getByRole("heading", { level: 2, name: "Utskrift og nedlasting" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await page.getByRole("heading", { level: 2, name: "Hva vi har hørt" }).evaluate((h) => getComputedStyle(h.closest("section")!).breakBefore)).toBe(
    "page",
  );
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("button", { name: "Skriv ut" })).toBeVisible();

  // Downloads, read back: the same figures as the page.
  const csv = await download(page, `${REPORT}/eksport?format=csv`);
  expect(csv.name).toMatch(/^kunnskapsgrunnlag-aldersvennlig-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = csv.bytes.toString("utf8");
  expect(text.startsWith("\uFEFFDel;Gruppe;Undergruppe;Antall;Andel (%);Sitat\r\n")).toBe(true);
  const rows = parseCsv(text, { delimiter: ";" });
  expect(rows.find((r) => r[0] === "Sammendrag" && r[1] === "Innspill")?.[3]).toBe(String(inputs));
  expect(rows.some((r) => r[0] === "Sitater" && r[5])).toBe(true);

  const xlsx = await download(page, `${REPORT}/eksport?format=xlsx`);
  expect(xlsx.name).toMatch(/^kunnskapsgrunnlag-aldersvennlig-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Sammendrag", "Hva vi har hørt", "Sitater", "Målgrupper", "Bydeler", "Kanaler", "Metoder", "Aktiviteter"]);
  expect(wb.getWorksheet("Sammendrag")!.getRow(4).values).toEqual([undefined, "Innspill", inputs]);
  expect(wb.getWorksheet("Hva vi har hørt")!.getRow(1).font?.bold).toBe(true);

  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  // On a phone the page itself never scrolls sideways; wide tables scroll inside a labelled
  // region that takes keyboard focus.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  const region = page.getByRole("region", { name: "Innspill etter bydeler" });
  await region.focus();
  await expect(region).toBeFocused();
});

test("the process report is linked from the admin process page", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/prosesser");
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Kunnskapsgrunnlag for prosessen" }).click();
  await expect(page).toHaveURL(/\/kunnskapsgrunnlag\/prosess\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1, name: /^Kunnskapsgrunnlag: / })).toBeVisible();
  await expectAccessible(page);
});

test("a group leader opens the report from the landing page", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.GROUP_LEADER.email);
  // The landing page is the process picker («Kunnskapsgrunnlaget») or, with one published
  // process, its dashboard («Kunnskapsgrunnlaget for prosessen»): either link leads to a report.
  await page
    .getByRole("link", { name: /^Kunnskapsgrunnlaget/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/kunnskapsgrunnlag(\/prosess\/[a-z0-9-]+)?$/);
  await page.goto("/kunnskapsgrunnlag");
  await page.getByRole("link", { name: PLAN }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Kunnskapsgrunnlag: ${PLAN}` })).toBeVisible();
  await expectPageBasics(page);
  await expectAccessible(page);
  expect((await page.request.get(`${REPORT}/eksport?format=csv`)).status()).toBe(200);
});

test("at 390 px the DEMRE report folds its quotes (issue #16, 16a) and prints them all", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/prosesser");
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await page.getByRole("link", { name: "Kunnskapsgrunnlag for prosessen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: /^Kunnskapsgrunnlag: / })).toBeVisible();
  const url = page.url();
  await page.setViewportSize({ width: 390, height: 844 });
  const height = () => page.evaluate(() => document.documentElement.scrollHeight);
  // Before the fix the page was ~59 000 px tall at this width (every quote of every topic).
  const folded = await height();
  expect(folded).toBeLessThan(25_000);
  // Each topic's quotes are one closed disclosure whose summary says how many there are.
  const first = page.locator("details[data-report-quotes]").first();
  await expect(first.locator("summary")).toHaveText(/^Sitater (om «.+»|uten emne) \(\d+ sitat(er)?\)$/);
  await expect(first.getByRole("blockquote").first()).toBeHidden();
  await first.locator("summary").focus();
  await page.keyboard.press("Enter");
  await expect(first.getByRole("blockquote").first()).toBeVisible();
  // On paper nothing is folded: the print stylesheet (and beforeprint) show every quote.
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("details[data-report-quotes]").last().getByRole("blockquote").first()).toBeVisible();
  await page.emulateMedia({ media: "screen" });
  // Without JavaScript the tools offer the same page with every quote open.
  await page.getByRole("link", { name: /^Åpne alle sitatene/ }).click();
  await expect(page).toHaveURL(/\?sitater=alle$/);
  expect(await page.locator("details[data-report-quotes]:not([open])").count()).toBe(0);
  // Every quote open is the page as it was before the fix: above the bound, so the bound is real.
  expect(await height()).toBeGreaterThan(25_000);
  await page.goto(url);
  // Topic tables keep «Andel» on screen at 390 px (no sideways scrolling needed to read it).
  for (const table of await page.locator("[data-report-category] table").all()) {
    const th = table.getByRole("columnheader", { name: "Andel" });
    const box = await th.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
  }
  await expectAccessible(page);
});
