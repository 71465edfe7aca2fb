import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Searching the demo inputs in the knowledge base. Read-only: nothing here changes the data.
// axe over a page with many facet checkboxes takes a while on a busy machine.
test.describe.configure({ timeout: 90_000 });
const SEARCH = "/admin/kunnskapsbase/sok";
const hits = (page: Page) => page.getByTestId("search-hit");
const marks = (page: Page) => page.getByTestId("search-results").locator("mark");

async function signInAsAdmin(page: Page) {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
}

test("an admin searches with an inflected word, sees highlights, applies a facet and shares the URL", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto(SEARCH);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Søk i innspill");
  await expectPageBasics(page);
  await expect(page.getByRole("navigation", { name: "Kunnskapsbasens sider" }).getByRole("link", { name: "Søk" })).toHaveAttribute("aria-current", "page");

  await page.getByLabel("Søkeord").fill("sykehjemmet");
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page).toHaveURL(/q=sykehjemmet/);
  await expect(page.getByTestId("search-count")).toHaveText(/\d+ innspill passer søket/);
  // Other inflections and compounds are found and highlighted, also the nynorsk "sjukeheimen".
  await expect(
    marks(page)
      .filter({ hasText: /^sykehjem$/i })
      .first(),
  ).toBeVisible();
  await expect(marks(page).filter({ hasText: /^sjukeheimen$/i })).toHaveCount(1);
  // An input held for review (abuse, screened on arrival) says so, in the inbox's words; the others do not.
  const exactly = { exact: true } as const;
  await expect(hits(page).filter({ hasText: "udugelige" }).getByText("Til vurdering", exactly)).toBeVisible();
  await expect(hits(page).filter({ hasText: "sjukeheimen" }).getByText("Til vurdering", exactly)).toHaveCount(0);
  await expect(
    hits(page)
      .first()
      .getByRole("link", { name: /Sorter og merk/ }),
  ).toHaveAttribute("href", /\/admin\/kunnskapsbase\/sortering\/[0-9a-f-]{36}$/);
  await expect(
    hits(page)
      .first()
      .getByRole("link", { name: /Åpne i innboksen/ }),
  ).toHaveAttribute("href", /\/admin\/innspill\/[0-9a-f-]{36}$/);
  await expectAccessible(page);

  const before = await hits(page).count();
  const district = page.getByRole("group", { name: "Bydel" }).getByRole("checkbox").first();
  const districtName = ((await district.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? "")) as string).replace(/ \(\d+\)$/, "");
  await district.check();
  await page.getByRole("button", { name: "Bruk filter" }).click();
  await expect(page).toHaveURL(/bydel=/);
  await expect(page).toHaveURL(/q=sykehjemmet/);
  await expect(page.getByTestId("active-filters").getByRole("link", { name: `Fjern Bydel: ${districtName}` })).toBeVisible();
  await expect(page.getByRole("group", { name: "Bydel" }).getByRole("checkbox", { name: new RegExp(`^${districtName} `) })).toBeChecked();
  const filtered = await hits(page).allInnerTexts();
  expect(filtered.length).toBeGreaterThan(0);
  expect(filtered.length).toBeLessThanOrEqual(before);
  for (const text of filtered) expect(text).toContain(districtName);

  // The URL is the search: reloading (or sharing it) shows the same results.
  const url = page.url();
  await page.goto(url);
  await expect(hits(page)).toHaveCount(filtered.length);
  expect(await hits(page).allInnerTexts()).toEqual(filtered);

  // Removing the filter again.
  await page
    .getByTestId("active-filters")
    .getByRole("link", { name: `Fjern Bydel: ${districtName}` })
    .click();
  await expect(page).not.toHaveURL(/bydel=/);
  await expect(hits(page)).toHaveCount(before);
});

test("nynorsk, folded spelling and typos find bokmål inputs", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto(`${SEARCH}?q=sjukeheim`);
  await expect(
    marks(page)
      .filter({ hasText: /^sykehjemmet$/i })
      .first(),
  ).toBeVisible();

  await page.goto(`${SEARCH}?q=${encodeURIComponent("sykehjme")}`);
  await expect(page.getByTestId("search-also")).toContainText("«sykehjem»");
  await expect(hits(page).first()).toBeVisible();

  await page.goto(`${SEARCH}?q=mjondalen`);
  await expect(
    marks(page)
      .filter({ hasText: /^Mjøndalen$/ })
      .first(),
  ).toBeVisible();
});

test("the search page works at 390 px and is accessible there", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await signInAsAdmin(page);
  await page.goto(`${SEARCH}?q=buss`);
  await expect(hits(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("search, facets and the next page are plain GET forms and links", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto(SEARCH);
    await page.getByLabel("Søkeord").fill("eldre");
    await page.getByRole("button", { name: "Søk", exact: true }).click();
    await expect(page).toHaveURL(/q=eldre/);
    await expect(marks(page).first()).toBeVisible();
    await page.getByRole("group", { name: "Kategori" }).getByRole("checkbox").first().check();
    await page.getByRole("button", { name: "Bruk filter" }).click();
    await expect(page).toHaveURL(/kategori=/);
    await expect(page).toHaveURL(/q=eldre/);
    await expect(hits(page).first()).toBeVisible();

    // Without words every input is listed, newest first, 20 a page.
    await page.goto(SEARCH);
    await expect(hits(page)).toHaveCount(20);
    const first = await hits(page).allInnerTexts();
    await page.getByRole("link", { name: "Neste side" }).click();
    await expect(page).toHaveURL(/etter=/);
    const second = await hits(page).allInnerTexts();
    expect(second.length).toBeGreaterThan(0);
    expect(second.some((t) => first.includes(t))).toBe(false);
  });
});

test("the example in the search field's help text finds inputs in the demo data", async ({ page }) => {
  // The hint must be one the data answers: the example is read from the page and run as typed.
  await signInAsAdmin(page);
  await page.goto(SEARCH);
  const field = page.getByLabel("Søkeord");
  const describedBy = (await field.getAttribute("aria-describedby"))!.split(" ");
  const help = (await Promise.all(describedBy.map((id) => page.locator(`[id="${id}"]`).textContent()))).join(" ");
  const example = /«([^»]+)»/.exec(help)?.[1];
  expect(example, help).toBeTruthy();
  await field.fill(example!);
  await page.getByRole("button", { name: "Søk", exact: true }).click();
  await expect(page.getByTestId("search-count")).toHaveText(/^[1-9]\d* innspill passer søket/);
  expect(await hits(page).count()).toBeGreaterThan(0);
});
