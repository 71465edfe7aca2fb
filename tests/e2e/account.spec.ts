import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, errorSummary, expectAccessible, signIn } from "./fixtures";

test("a politician changes the password: wrong current password is refused, then the new one works", async ({ page }) => {
  const email = "liv.haugen@medvirk.test";
  const next = "et-nytt-og-langt-passord";
  await signIn(page, email);
  await expect(page).toHaveURL(/\/politiker$/);
  await page.goto("/konto");
  await page.getByLabel("Nåværende passord").fill("feil-passord");
  await page.getByLabel("Nytt passord", { exact: true }).fill(next);
  await page.getByLabel("Gjenta nytt passord").fill(next);
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(errorSummary(page)).toContainText("Nåværende passord er feil.");
  await expectAccessible(page);

  await page.getByLabel("Nåværende passord").fill(DEMO_PASSWORD);
  await page.getByLabel("Nytt passord", { exact: true }).fill(next);
  await page.getByLabel("Gjenta nytt passord").fill(next);
  await page.getByRole("button", { name: "Bytt passord" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?passord-endret=1$/);
  await expect(page.getByText("Passordet er endret.")).toBeVisible();

  await signIn(page, email, DEMO_PASSWORD);
  await expect(errorSummary(page)).toContainText("Feil e-postadresse eller passord");
  await signIn(page, email, next);
  await expect(page).toHaveURL(/\/politiker$/);
});
