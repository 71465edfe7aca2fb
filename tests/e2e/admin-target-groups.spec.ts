// Target groups and the priority matrix in the admin area, on the DEMRE demo: placing by
// keyboard only, adding with a validation round-trip, suggestions, refused and real deletes,
// and axe on every page state at desktop and phone width.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Serial: later steps use the group added earlier. Axe on this long page is slow on a busy machine.
test.describe.configure({ mode: "serial", timeout: 60_000 });

const NEW_GROUP = "Ungdom utenfor fritidstilbud";

/** Signs in as admin and opens DEMRE's matrix page (the id comes from the dashboard's link). */
async function openMatrix(page: Page): Promise<string> {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  const href = await page.locator('a[href^="/admin/prosesser/"]', { hasText: "DEMRE" }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/prosesser\/[0-9a-f-]{36}$/);
  await page.goto(`${href}/malgrupper`);
  await expect(page.getByRole("heading", { level: 1, name: "Målgrupper" })).toBeVisible();
  return href!;
}

/** The matrix cell for a row (difficulty) and a column (0 = Veldig viktig … 2 = Mindre viktig). */
const cell = (page: Page, row: "Lett" | "Middels" | "Vanskelig å nå", column: 0 | 1 | 2) =>
  page
    .getByRole("table")
    .getByRole("row", { name: new RegExp(`^${row}`) })
    .getByRole("cell")
    .nth(column);

test("places a target group on the matrix with the keyboard only", async ({ page }) => {
  await openMatrix(page);
  await expect(cell(page, "Middels", 2)).toContainText("Tja...");
  await expect(cell(page, "Middels", 2).getByRole("link", { name: "Næringsliv" })).toBeVisible();

  // From the group's name in the matrix to its card, then Tab through the move form.
  await cell(page, "Middels", 2).getByRole("link", { name: "Næringsliv" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Endre Næringsliv" })).toBeFocused();
  const move = page.getByRole("group", { name: "Flytt Næringsliv" });
  await page.keyboard.press("Tab");
  await expect(move.getByLabel("Viktighet")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(move.getByLabel("Viktighet")).toHaveValue("VERY_IMPORTANT");
  await page.keyboard.press("Tab");
  await expect(move.getByLabel("Vanskelighetsgrad")).toBeFocused();
  await expect(move.getByLabel("Vanskelighetsgrad")).toHaveValue("MEDIUM");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Flytt Næringsliv" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("status").filter({ hasText: "Næringsliv er flyttet til «Prioritet» (Veldig viktig, Middels)." })).toBeVisible();
  await expect(cell(page, "Middels", 0)).toContainText("Prioritet");
  await expect(cell(page, "Middels", 0).getByRole("link", { name: "Næringsliv" })).toBeVisible();
  await expect(cell(page, "Middels", 2).getByRole("link", { name: "Næringsliv" })).toHaveCount(0);
  await expect(move.getByLabel("Viktighet")).toHaveValue("VERY_IMPORTANT");

  // It is stored, not only shown.
  await page.reload();
  await expect(cell(page, "Middels", 0).getByRole("link", { name: "Næringsliv" })).toBeVisible();
});

test("adds a target group: an empty name is refused with what was typed kept, then saved", async ({ page }) => {
  await openMatrix(page);
  const description = "Ungdom som ikke er med i organiserte fritidsaktiviteter.";
  await page.getByLabel("Beskrivelse").fill(description);
  await page.getByLabel("Hvor viktig er målgruppen å nå?").selectOption("VERY_IMPORTANT");
  await page.getByLabel("Hvor vanskelig er målgruppen å nå?").selectOption("HARD");
  await page.getByRole("button", { name: "Legg til målgruppe" }).click();

  await expect(errorSummary(page)).toContainText("Skriv navnet på målgruppen.");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#felt-name-feil")).toHaveText("Skriv navnet på målgruppen.");
  await expect(page.getByLabel("Beskrivelse")).toHaveValue(description);
  await expect(page.getByLabel("Hvor viktig er målgruppen å nå?")).toHaveValue("VERY_IMPORTANT");
  await expect(page.getByLabel("Hvor vanskelig er målgruppen å nå?")).toHaveValue("HARD");
  await expectAccessible(page);

  await page.getByLabel("Navn", { exact: true }).fill(NEW_GROUP);
  await page.getByRole("button", { name: "Legg til målgruppe" }).click();
  await expect(page.getByText("Målgruppen er lagt til i matrisen.")).toBeVisible();
  await expect(cell(page, "Vanskelig å nå", 0)).toContainText("Bruk mest ressurser her");
  await expect(cell(page, "Vanskelig å nå", 0).getByRole("link", { name: NEW_GROUP })).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: NEW_GROUP })).toBeVisible();
});

test("a new process is offered DEMRE's groups as DEMRE's and adds two of them", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/prosesser");
  await page.getByRole("link", { name: "Ny prosess" }).click();
  await page.getByLabel("Tittel").fill(`Ungdomsplan ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Opprett prosess" }).click();
  await expect(page).toHaveURL(/\/rammer\?ny=1$/);
  await page.goto(page.url().replace(/\/rammer\?ny=1$/, "/malgrupper"));
  await expect(page.getByRole("heading", { level: 2, name: "Målgrupper fra andre prosesser" })).toBeVisible();

  const suggestions = page.getByRole("group", { name: "Velg målgruppene du vil legge til" });
  const demre = "DEMRE – Demokratiske innovasjoner og responsive politikere";
  // Placed where DEMRE has it (the first test here may have moved it), named with its source.
  await suggestions.getByLabel(new RegExp(`^Næringsliv – .* \\(brukt i (.+ og )?${demre}\\)$`)).check();
  await suggestions.getByLabel(new RegExp(`^Eldre hjemmeboende – .* \\(brukt i (.+ og )?${demre}\\)$`)).check();
  await page.getByRole("button", { name: "Legg til valgte" }).click();

  await expect(page.getByRole("status").filter({ hasText: "2 målgrupper er lagt til." })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "Næringsliv", exact: true })).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: "Eldre hjemmeboende", exact: true })).toBeVisible();
  await expect(suggestions.getByLabel(/^Næringsliv/)).toHaveCount(0);
  await expectAccessible(page);
});

test("refuses to delete a target group an activity uses, and deletes an unused one", async ({ page }) => {
  await openMatrix(page);
  await page.getByRole("link", { name: "Endre Eldre hjemmeboende" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Endre målgruppen «Eldre hjemmeboende»");
  await expect(page.getByText(/Målgruppen brukes av \d+ aktiviteter og \d+ innspill/)).toBeVisible();
  await page.getByLabel("Ja, jeg vil slette «Eldre hjemmeboende»").check();
  await page.getByRole("button", { name: "Slett målgruppen" }).click();
  await expect(errorSummary(page)).toContainText(/«Eldre hjemmeboende» er i bruk og kan ikke slettes: \d+ aktiviteter og \d+ innspill viser til den/);
  await expectPageBasics(page);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tilbake til målgruppene" }).click();
  await expect(cell(page, "Lett", 0).getByRole("link", { name: "Eldre hjemmeboende" })).toBeVisible();

  await page.getByRole("link", { name: `Endre ${NEW_GROUP}` }).click();
  await expect(page.getByText("Ingen aktiviteter eller innspill bruker målgruppen, så den kan slettes.")).toBeVisible();
  await page.getByRole("button", { name: "Slett målgruppen" }).click();
  await expect(errorSummary(page)).toContainText("Kryss av for å bekrefte at du vil slette målgruppen.");
  await page.getByLabel(`Ja, jeg vil slette «${NEW_GROUP}»`).check();
  await page.getByRole("button", { name: "Slett målgruppen" }).click();
  await expect(page).toHaveURL(/\/malgrupper\?slettet=1$/);
  await expect(page.getByText("Målgruppen er slettet.")).toBeVisible();
  await expect(page.getByRole("table").getByRole("link", { name: NEW_GROUP })).toHaveCount(0);
});

test("the matrix page and the edit page pass axe at desktop and phone width", async ({ page }) => {
  const process = await openMatrix(page);
  await expectPageBasics(page);
  await expectAccessible(page);

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  // At phone width the matrix reads as a list, and nothing scrolls sideways.
  await expect(page.getByRole("table")).toBeHidden();
  await expect(page.getByRole("list", { name: /Målgruppene etter hvor viktige/ })).toContainText("Bruk mest ressurser her (Veldig viktig)");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole("link", { name: "Endre Pårørende" }).click();
  await expect(page).toHaveURL(new RegExp(`^.*${process}/malgrupper/[0-9a-f-]{36}$`));
  await expectPageBasics(page);
  await expectAccessible(page);

  await page.goto(`${process}/malgrupper/00000000-0000-4000-8000-000000000000`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect((await page.request.get(`${process}/malgrupper/00000000-0000-4000-8000-000000000000`)).status()).toBe(404);
});
