import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// A politician records what they heard at an activity they took part in, on a phone:
// several inputs in a row, the text cleared and the choices kept after each save.
test.describe.configure({ mode: "serial" });
test.use({ viewport: { width: 390, height: 844 } });

const run = Date.now().toString(36);
const list = (page: Page) => page.getByRole("region", { name: /^Registrert av deg på denne aktiviteten/ });
const countIn = async (page: Page) => Number((await list(page).getByRole("heading", { level: 2 }).innerText()).match(/\((\d+)\)/)?.[1]);
const text = (page: Page) => page.getByLabel("Hva hørte du?");
const targetGroup = (page: Page) => page.getByLabel("Målgruppe (valgfritt)");

/** Saves and waits for the page to come back (the flag in the address changes every time). */
async function save(page: Page) {
  const before = page.url();
  await page.getByRole("button", { name: "Lagre innspill" }).click();
  await expect(page).not.toHaveURL(before, { timeout: 15_000 });
}

async function openRecording(page: Page) {
  await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
  await page
    .getByRole("link", { name: /^Registrer innspill/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/politiker\/aktiviteter\/[0-9a-f-]+\/innspill/);
}

test("records three inputs in a row at 390 px: each is listed, the text is cleared, the choices stay", async ({ page }) => {
  test.setTimeout(90_000);
  await openRecording(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Registrer innspill");
  await expectPageBasics(page);
  await expectAccessible(page);
  // Nothing wider than the phone: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  const before = await countIn(page);
  await page.getByRole("radio", { name: "Behov", exact: true }).check();
  await targetGroup(page).selectOption({ index: 1 });
  const group = await targetGroup(page).inputValue();
  const district = await page.getByLabel("Bydel (valgfritt)").inputValue();

  for (let i = 1; i <= 3; i++) {
    const said = `Innspill ${i} fra benken (${run}): trenger flere benker langs elva.`;
    await text(page).fill(said);
    await save(page);
    await expect(page.getByRole("status").filter({ hasText: "Innspillet er lagret. Skriv det neste." })).toBeVisible();
    await expect(list(page).getByRole("listitem").first()).toContainText(said);
    await expect(list(page).getByRole("listitem").first()).toContainText("Behov");
    expect(await countIn(page)).toBe(before + i);
    // Ready for the next one: empty text with focus, the same category, group and district.
    await expect(text(page)).toHaveValue("");
    await expect(text(page)).toBeFocused();
    await expect(page.getByRole("radio", { name: "Behov", exact: true })).toBeChecked();
    await expect(targetGroup(page)).toHaveValue(group);
    await expect(page.getByLabel("Bydel (valgfritt)")).toHaveValue(district);
  }
  await expectAccessible(page);

  // A mistake can be deleted while nobody has read it yet.
  const third = list(page)
    .getByRole("listitem")
    .filter({ hasText: `Innspill 3 fra benken (${run})` });
  const url = page.url();
  await third.getByRole("button", { name: /^Slett/ }).click();
  await expect(page).not.toHaveURL(url, { timeout: 15_000 });
  await expect(page.getByRole("status").filter({ hasText: "Innspillet er slettet." })).toBeVisible();
  await expect(list(page)).not.toContainText(`Innspill 3 fra benken (${run})`);
  expect(await countIn(page)).toBe(before + 2);
  await expect(page.getByRole("radio", { name: "Behov", exact: true })).toBeChecked();
});

test("an empty text shows the error summary and keeps the chosen category", async ({ page }) => {
  test.setTimeout(60_000);
  await openRecording(page);
  const before = await countIn(page);
  await page.getByRole("radio", { name: "Håp", exact: true }).check();
  await page.getByRole("button", { name: "Lagre innspill" }).click();
  await expect(errorSummary(page)).toBeVisible();
  await expect(errorSummary(page)).toContainText("Skriv hva du hørte.");
  await expect(page.getByRole("radio", { name: "Håp", exact: true })).toBeChecked();
  await expect(text(page)).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);
  expect(await countIn(page)).toBe(before);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("records an input and comes back with an empty text and the category kept", async ({ page }) => {
    test.setTimeout(60_000);
    await openRecording(page);
    const before = await countIn(page);
    const said = `Uten JavaScript (${run}): ønsker seg et treffsted på kveldstid.`;
    await page.getByRole("radio", { name: "Utfordringer, bekymringer", exact: true }).check();
    await text(page).fill(said);
    await save(page);
    await expect(page.getByRole("status").filter({ hasText: "Innspillet er lagret. Skriv det neste." })).toBeVisible();
    await expect(list(page).getByRole("listitem").first()).toContainText(said);
    await expect(text(page)).toHaveValue("");
    await expect(page.getByRole("radio", { name: "Utfordringer, bekymringer", exact: true })).toBeChecked();
    expect(await countIn(page)).toBe(before + 1);

    await text(page).fill("");
    await page.getByRole("button", { name: "Lagre innspill" }).click();
    await expect(errorSummary(page)).toContainText("Skriv hva du hørte.");
    await expect(page.getByRole("radio", { name: "Utfordringer, bekymringer", exact: true })).toBeChecked();
  });
});
