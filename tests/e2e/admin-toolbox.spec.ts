import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// One administrator's session through the toolbox; the steps build on each other.
test.describe.configure({ mode: "serial" });

const NEW_METHOD = "Ungdomskafé i Konnerud";
const results = (page: Page) => page.getByRole("region", { name: "Metoder" });
const methodNames = (page: Page) => results(page).getByRole("heading", { level: 3 });
const group = (page: Page, name: string) => page.getByRole("group", { name });

test.beforeEach(async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
});

test("the toolbox filters by target group and effort, and the URL carries the filter", async ({ page }) => {
  await page.getByRole("navigation", { name: "Administrasjon" }).getByRole("link", { name: "Verktøybank" }).click();
  await expect(page).toHaveURL(/\/admin\/verktoybank$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verktøybank");
  await expectPageBasics(page);
  const total = await methodNames(page).count();
  expect(total).toBeGreaterThanOrEqual(18);
  await expect(results(page)).toContainText(`Viser ${total} metoder av ${total}.`);
  // Levels are words, not colours.
  const dialogmote = results(page)
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Dialogmøte", exact: true }) });
  await expect(dialogmote).toContainText("GjennomføringsinnsatsMiddels");
  await expect(dialogmote).toContainText(/Brukt i \d+ aktivitet/);
  await expectAccessible(page);

  await page.getByLabel("Målgruppe").selectOption({ label: "Eldre hjemmeboende" });
  await page.getByLabel("Høyeste gjennomføringsinnsats").selectOption({ label: "Lav" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/malgruppe=eldre-hjemmeboende/);
  await expect(page).toHaveURL(/innsats=LOW/);
  await expect(methodNames(page)).toHaveText(["Book en politiker", "Dialoglunsj", "På krakk med ordføreren (benkeprat)"]);
  await expect(results(page)).toContainText(`Viser 3 metoder av ${total}.`);
  await expect(page.getByLabel("Målgruppe")).toHaveValue("eldre-hjemmeboende");

  // The URL alone reproduces the filter (shareable), and the reset link clears it.
  await page.goto("/admin/verktoybank?malgruppe=barn");
  await expect(methodNames(page)).toHaveText(["Barnetråkk"]);
  await page.getByRole("link", { name: "Nullstill filteret" }).click();
  await expect(page).toHaveURL(/\/admin\/verktoybank$/);
  await expect(methodNames(page)).toHaveCount(total);
  await expect(page.getByLabel("Målgruppe")).toHaveValue("");
});

test("the list is accessible and fits a 390 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/verktoybank");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Verktøybank");
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("a new method: an empty name is explained and what was typed is kept; then it is saved", async ({ page }) => {
  await page.goto("/admin/verktoybank");
  await page.getByRole("link", { name: "Legg til metode" }).click();
  await expect(page).toHaveURL(/\/admin\/verktoybank\/ny$/);
  await expectPageBasics(page);
  await expectAccessible(page);

  const description = "Politikere møter ungdom på fritidsklubben en fredagskveld, med pizza og korte samtaler.";
  await page.getByLabel("Beskrivelse", { exact: true }).fill(description);
  await group(page, "Tidsbruk").getByLabel("Lav").check();
  await group(page, "Kostnad").getByLabel("Lav").check();
  await group(page, "Gjennomføringsinnsats").getByLabel("Middels").check();
  await group(page, "Kanal").getByLabel("Fysisk", { exact: true }).check();
  await page.getByLabel("Ungdom", { exact: true }).check();
  await page.getByRole("button", { name: "Legg til metoden" }).click();

  const summary = errorSummary(page);
  await expect(summary).toContainText("Skjemaet har én feil");
  await expect(summary.getByRole("link", { name: "Skriv inn navnet på metoden." })).toBeVisible();
  await expect(page.getByLabel("Navn", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Navn", { exact: true })).toHaveAccessibleDescription("Skriv inn navnet på metoden.");
  await expect(page.getByLabel("Beskrivelse", { exact: true })).toHaveValue(description);
  await expect(group(page, "Gjennomføringsinnsats").getByLabel("Middels")).toBeChecked();
  await expect(page.getByLabel("Ungdom", { exact: true })).toBeChecked();
  await expectAccessible(page);

  await page.getByLabel("Navn", { exact: true }).fill(NEW_METHOD);
  await page.getByRole("button", { name: "Legg til metoden" }).click();
  await expect(page).toHaveURL(/\/admin\/verktoybank\?lagt-til=/);
  await expect(page.getByText(`«${NEW_METHOD}» er lagt til i verktøybanken.`)).toBeVisible();
  await expect(methodNames(page).filter({ hasText: NEW_METHOD })).toHaveCount(1);
});

test("the new method can be edited", async ({ page }) => {
  await page.goto("/admin/verktoybank");
  await page.getByRole("link", { name: NEW_METHOD }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Endre ${NEW_METHOD}`);
  await expectPageBasics(page);
  await expectAccessible(page);

  await group(page, "Gjennomføringsinnsats").getByLabel("Høy").check();
  await page.getByLabel("Typisk størrelse (valgfritt)").fill("15–40 ungdommer");
  await page.getByLabel("Barn", { exact: true }).check();
  await page.getByRole("button", { name: "Lagre endringer" }).click();
  await expect(page).toHaveURL(/\?lagret=1$/);
  await expect(page.getByText("Endringene er lagret.")).toBeVisible();
  await expect(group(page, "Gjennomføringsinnsats").getByLabel("Høy")).toBeChecked();
  await expect(page.getByLabel("Typisk størrelse (valgfritt)")).toHaveValue("15–40 ungdommer");

  // Highest effort "Middels" no longer finds it; "Høy" does.
  await page.goto("/admin/verktoybank?malgruppe=barn&innsats=MEDIUM");
  await expect(methodNames(page).filter({ hasText: NEW_METHOD })).toHaveCount(0);
  await page.goto("/admin/verktoybank?malgruppe=barn&innsats=HIGH");
  await expect(methodNames(page).filter({ hasText: NEW_METHOD })).toHaveCount(1);
});

test("a seeded method that activities use cannot be deleted, and the page says why", async ({ page }) => {
  await page.goto("/admin/verktoybank");
  await page.getByRole("link", { name: "Dialogmøte", exact: true }).click();
  const deletion = page.getByRole("region", { name: "Slett metoden" });
  await expect(deletion).toContainText("Metoden kan ikke slettes");
  await expect(deletion).toContainText(/Den er brukt i \d+ aktivitet/);
  await expect(deletion.getByRole("button")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Bruk" }).getByRole("listitem").first()).toBeVisible();
  await expectAccessible(page);
});

test("the new method is deleted after a confirmation", async ({ page }) => {
  await page.goto("/admin/verktoybank");
  await page.getByRole("link", { name: NEW_METHOD }).click();
  const deletion = page.getByRole("region", { name: "Slett metoden" });
  await expect(deletion).toContainText("Det kan ikke angres.");
  await deletion.getByRole("button", { name: "Slett metoden" }).click();
  await expect(errorSummary(page).getByRole("link", { name: "Kryss av for å bekrefte at metoden skal slettes." })).toBeVisible();
  await deletion.getByLabel(`Ja, jeg vil slette «${NEW_METHOD}»`).check();
  await deletion.getByRole("button", { name: "Slett metoden" }).click();
  await expect(page).toHaveURL(/\/admin\/verktoybank\?slettet=1$/);
  await expect(page.getByText("Metoden er slettet.")).toBeVisible();
  await expect(page.getByRole("link", { name: NEW_METHOD })).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("filtering and a refused create still work as plain requests", async ({ page }) => {
    await page.goto("/admin/verktoybank");
    await page.getByLabel("Kanal").selectOption({ label: "Digitalt" });
    await page.getByRole("button", { name: "Filtrer" }).click();
    await expect(page).toHaveURL(/kanal=DIGITAL/);
    await expect(methodNames(page).filter({ hasText: "Dialogmøte" })).toHaveCount(0);
    await expect(methodNames(page).filter({ hasText: "Barnetråkk" })).toHaveCount(1);

    await page.goto("/admin/verktoybank/ny");
    await page.getByLabel("Navn", { exact: true }).fill("Dialogmøte");
    await page.getByRole("button", { name: "Legg til metoden" }).click();
    await expect(errorSummary(page)).toContainText("Skriv en kort beskrivelse av metoden.");
    await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Dialogmøte");
  });
});
