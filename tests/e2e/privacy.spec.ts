// Issue #18 §4: a citizen sees what is stored about their input and asks for it to be deleted,
// with the receipt code and without JavaScript; the administration carries it out; the answer
// shows on the receipt page; the change log shows and exports it. Axe at 1280 and 390 px.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, signInWithSession } from "./fixtures";

test.describe.configure({ mode: "serial" });

let code = "";
const TEXT = `Gatelysene i Nøstehagen er slukket. Ring meg på 912 34 567. ${Date.now().toString(36)}`;

async function axeBothWidths(page: Page) {
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

test.describe("the citizen, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("sees what is stored, is stopped by a correction without text, and asks for deletion", async ({ page }) => {
    await page.goto("/skjema/demre-innspill");
    await page.getByLabel("Innspillet ditt", { exact: true }).fill(TEXT);
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(page).toHaveURL(/\/kvittering\//);
    code = (await page.locator("p.font-mono").textContent())!.trim();

    const section = page.getByRole("region", { name: "Personopplysninger" });
    await expect(section).toContainText(TEXT);
    await expect(section).toContainText("Ingen – du oppga ikke kontaktopplysninger.");
    await expect(section).toContainText("12 måneder etter at prosessen er avsluttet");

    await section.getByLabel("Rette innspillet").check();
    await section.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(errorSummary(page)).toContainText("Skriv hva som skal rettes.");
    await expect(page.getByLabel("Rette innspillet")).toBeChecked();

    await page.getByLabel("Slette innspillet og kontaktopplysningene").check();
    await page.getByLabel("Melding (valgfritt, men nødvendig for retting)").fill("Jeg angrer på at jeg skrev telefonnummeret.");
    await page.getByRole("button", { name: "Send forespørselen" }).click();
    await expect(page.getByRole("status")).toContainText("Vi har tatt imot forespørselen.");
    await page.goto(`/kvittering/${code}`);
    await expect(page.getByRole("region", { name: "Personopplysninger" })).toContainText("Slette innspillet og kontaktopplysningene");
    await expect(page.getByRole("region", { name: "Personopplysninger" })).toContainText("Under behandling");
  });
});

test("the administration deletes it; the receipt page says so; the change log has it", async ({ page, browser }) => {
  // Two roles, two widths of axe and a CSV: more than the default 30 s on a busy machine.
  test.setTimeout(90_000);
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/personvern");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Personvern");
  await axeBothWidths(page);
  await page
    .getByRole("row", { name: new RegExp(code) })
    .getByRole("link")
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forespørsel om sletting");
  await expect(page.getByText("Jeg angrer på at jeg skrev telefonnummeret.")).toBeVisible();
  await axeBothWidths(page);
  await expect(page.getByLabel("Slett innspillet og kontaktopplysningene")).toBeChecked();
  await page.getByLabel("Svar til innsenderen").fill("Innspillet og telefonnummeret er slettet.");
  await page.getByRole("button", { name: "Lagre behandlingen" }).click();
  await expect(page).toHaveURL(/\/admin\/personvern\?behandlet=/);
  await expect(page.getByRole("status")).toContainText("Forespørselen er behandlet.");
  await expect(page.getByRole("row", { name: new RegExp(code) })).toHaveCount(0); // no longer open

  const citizen = await browser.newPage({ javaScriptEnabled: false });
  await citizen.goto(`/kvittering/${code}`);
  const section = citizen.getByRole("region", { name: "Personopplysninger" });
  await expect(section).toContainText("[Slettet etter ønske fra innsenderen]");
  await expect(section).not.toContainText("912 34 567");
  await expect(section).toContainText("Utført");
  await expect(section).toContainText("Innspillet og telefonnummeret er slettet.");
  await citizen.close();

  await page.goto("/admin/endringslogg");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Endringslogg");
  await expect(page.getByText("Behandlet en forespørsel om personvern").first()).toBeVisible();
  await axeBothWidths(page);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Last ned hele loggen som CSV" }).click();
  const file = await (await download).path();
  const { readFile } = await import("node:fs/promises");
  const csv = await readFile(file, "utf8");
  expect(csv.startsWith("\uFEFFNår;Hvem;Prosess;Hva;Detaljer")).toBe(true);
  expect(csv).toContain("En innbygger ba om innsyn, retting eller sletting");
});
