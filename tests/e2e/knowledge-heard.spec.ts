// "Dette har vi hørt" on the DEMRE demo: the administration writes a theme, picks a quote and
// publishes (without JavaScript); citizens read it without an account, also in nynorsk, and
// find it from their receipt. Axe at desktop and phone width. (Politicians' 403 on
// the editor: tests/integration/page-access.test.ts.)
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

test.describe.configure({ mode: "serial", timeout: 90_000 });

const PUBLIC = "/prosesser/demre/dette-har-vi-hort";
const THEME = `Sitteplasser langs gangveiene ${Date.now().toString(36)}`;
const SUMMARY = "Mange forteller at de må hvile underveis, og at det er for få benker med rygg og armlener.";
let quote = "";

/** Signs in as admin and returns DEMRE's editor path (the id comes from the dashboard's link). */
async function openEditor(page: Page): Promise<string> {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  const href = await page.locator('a[href^="/admin/prosesser/"]', { hasText: "DEMRE" }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/prosesser\/[0-9a-f-]{36}$/);
  await page.goto(`${href}/dette-har-vi-hort`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Dette har vi hørt: DEMRE/);
  return `${href}/dette-har-vi-hort`;
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("admin writes a theme, picks a quote, republishes; citizens see it", async ({ page }) => {
    const editor = await openEditor(page);
    // The process navigation links here.
    await expect(page.getByRole("navigation", { name: "Prosessens sider" }).getByRole("link", { name: "Dette har vi hørt" })).toHaveAttribute(
      "aria-current",
      "page",
    );

    // A missing title: error summary and field message, the typed summary kept.
    const add = page.locator("form", { has: page.getByRole("button", { name: "Legg til tema" }) });
    await add.getByLabel("Oppsummering", { exact: true }).fill(SUMMARY);
    await add.getByLabel("Emne").selectOption({ label: "Transport og kollektiv" });
    await add.getByRole("button", { name: "Legg til tema" }).click();
    await expect(errorSummary(page)).toContainText("Fyll ut feltet.");
    await expect(page.getByLabel("Oppsummering", { exact: true }).last()).toHaveValue(SUMMARY);

    await page.locator("#felt-nytt-title").fill(THEME);
    await page.locator("#felt-nytt-tagId").selectOption({ label: "Transport og kollektiv" });
    await page.getByRole("button", { name: "Legg til tema" }).click();
    await expect(page).toHaveURL(/\/tema\/[0-9a-f-]{36}\?lagret=nytt/);
    await expect(page.getByRole("status").filter({ hasText: "Temaet er lagt til." })).toBeVisible();

    // Pick the first candidate (shown in its public version) as the quote.
    const candidates = page.getByRole("group", { name: "Innspill som passer til temaet" });
    const first = candidates.getByRole("checkbox").first();
    const label = (await candidates.locator("label").first().textContent())!;
    quote = label.match(/^«([\s\S]*)» \(/)![1]!;
    expect(quote.length).toBeGreaterThan(10);
    await first.check();
    await page.getByRole("button", { name: "Lagre sitatvalg" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Sitatvalget er lagret." })).toBeVisible();
    await expect(page.locator("blockquote").filter({ hasText: quote.slice(0, 40) })).toBeVisible();

    // Unpublish: the public page is gone; publish again.
    await page.goto(editor);
    await page.getByRole("button", { name: "Avpubliser siden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Siden er avpublisert." })).toBeVisible();
    expect((await page.goto(PUBLIC))?.status()).toBe(404);
    await page.goto(editor);
    await page.getByRole("button", { name: "Publiser siden" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Siden er publisert." })).toBeVisible();

    // The citizen's page, no account (fresh cookies), no JavaScript.
    await page.context().clearCookies();
    await page.goto("/prosesser/demre");
    await page.getByRole("link", { name: /^Dette har vi hørt: les hva innbyggerne har sagt/ }).click();
    await expect(page).toHaveURL(PUBLIC);
    await expectPageBasics(page);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dette har vi hørt");
    const section = page.getByRole("region", { name: THEME });
    await expect(section.getByText(SUMMARY)).toBeVisible();
    await expect(section.getByText(/^\d+ innspill$/)).toBeVisible();
    await expect(section.locator("blockquote").filter({ hasText: quote.slice(0, 40) })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Slik bruker vi innspillene" })).toBeVisible();
  });

  test("the receipt links to the page, in the receipt's language", async ({ page }) => {
    await page.goto("/skjema/demre-innspill");
    await page.getByLabel("Innspillet ditt", { exact: true }).fill("Det trengs flere benker med armlener langs Drammenselva.");
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
    const receipt = new URL(page.url()).pathname;
    await page.getByRole("link", { name: "Les hva vi har hørt" }).click();
    await expect(page).toHaveURL(PUBLIC);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dette har vi hørt");

    // Nynorsk: the receipt in nynorsk leads to the page in nynorsk (staff's nynorsk texts included).
    await page.goto(`${receipt}?sprak=nn`);
    await page.getByRole("link", { name: "Les kva vi har høyrt" }).click();
    await expect(page).toHaveURL(`${PUBLIC}?sprak=nn`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dette har vi høyrt");
    await expect(page.getByRole("heading", { level: 2, name: "Å kome seg fram" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 2, name: "Slik brukar vi innspela" })).toBeVisible();
    await expect(page.locator("article")).toHaveAttribute("lang", "nn");
    // The theme written only in bokmål is marked as bokmål for screen readers.
    await expect(page.getByRole("heading", { level: 2, name: THEME }).locator("span")).toHaveAttribute("lang", "nb");
  });
});

test("nynorsk chosen in the header gives the whole page in nynorsk", async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: "medvirk-locale", value: "nn", url: baseURL! }]);
  await page.goto(PUBLIC);
  await expectPageBasics(page, "nn");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dette har vi høyrt");
  await expect(page.getByText(/^\d+ innspel$/).first()).toBeVisible();
  await expectAccessible(page);
});

/** The page as it is, at 390 px: no sideways scrolling, no axe violations; then back to desktop. */
async function atPhoneWidth(page: Page) {
  const desktop = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.setViewportSize(desktop);
}

test("editor, theme page and public page are accessible at 1280 and 390 px", async ({ page }) => {
  test.slow();
  await openEditor(page);
  await expectPageBasics(page);
  await expectAccessible(page);
  await atPhoneWidth(page);
  await page.getByRole("link", { name: `Endre tema og sitater: ${THEME}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Endre tema: ${THEME}`);
  await expectAccessible(page);
  // A form with errors: the summary takes focus and is accessible too.
  await page.locator("#felt-tema-title").fill("");
  await page.getByRole("button", { name: "Lagre tema" }).click();
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page);
  await page.goto(PUBLIC);
  await expectAccessible(page);
  await atPhoneWidth(page);
});
