import { expect, test } from "@playwright/test";
import { expectAccessible, expectPageBasics } from "./fixtures";

const PUBLIC_PAGES = [
  { path: "/", h1: /Si din mening om framtidens Drammen/ },
  { path: "/prosesser/demre", h1: /DEMRE/ },
  { path: "/personvern", h1: /Personvern/ },
  { path: "/tilgjengelighet", h1: /Tilgjengelighetserklæring/ },
  { path: "/logg-inn", h1: /Logg inn/ },
];

for (const { path, h1 } of PUBLIC_PAGES) {
  test(`${path} has one h1, landmarks and no axe violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(h1);
    await expectPageBasics(page);
    await expect(page.getByRole("contentinfo").getByRole("link", { name: "Personvern" })).toBeVisible();
    await expectAccessible(page);
  });
}

test("the skip link is the first stop on the keyboard and moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Hopp til hovedinnholdet" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main#main")).toBeFocused();
});

test("the front page lists DEMRE and leads to its page with phases and 'Nå er vi her'", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /DEMRE/ }).click();
  await expect(page).toHaveURL(/\/prosesser\/demre$/);
  await expect(page.getByRole("heading", { name: "Perspektiver – Innsikt" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Muligheter – Idéutvikling" })).toBeVisible();
  const current = page.locator('[aria-current="step"]');
  await expect(current).toContainText("Perspektiver – Innsikt");
  await expect(current).toContainText("Nå er vi her");
  await expect(page.getByText("Temaplan for aldersvennlig Drammen", { exact: true })).toBeVisible();
  await expect(page.locator('[aria-current="date"]')).toContainText("Nå er vi her");
});

test("the front page works at 390 px: no sideways scrolling and no axe violations", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole("link", { name: /DEMRE/ })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/prosesser/demre");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});

test("switching to English changes the text and <html lang>, and back again", async ({ page }) => {
  await page.goto("/prosesser/demre");
  await page.getByRole("button", { name: "Bytt språk til English" }).click();
  await expect(page).toHaveURL(/\/prosesser\/demre$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { name: "Phases" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Switch language to Norsk (bokmål)" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "nb");
  await expect(page.getByRole("heading", { name: "Faser" })).toBeVisible();
});

test("an unknown page gets a Norwegian not-found page with a request id, and 404", async ({ page }) => {
  const response = await page.goto("/prosesser/finnes-ikke");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke siden");
  await expect(page.getByText(/Referanse: [0-9a-f-]{36}/)).toBeVisible();
  await expectAccessible(page);
});

test("/api/health reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "ok" });
});
