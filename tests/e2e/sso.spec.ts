// Issue #21 end to end, in a real browser against the real OpenID Connect providers that
// scripts/e2e-server.ts starts (one like Entra ID, one like ID-porten): a new politician signs
// in with the municipality's account and out again (also at the provider); a citizen signs
// in with ID-porten from a form, sends input and finds it under «Mine innspill».
import { expect, test } from "@playwright/test";
import { expectAccessible } from "./fixtures";

// Three sites (Medvirk and two providers) per test on a small machine.
test.describe.configure({ timeout: 90_000 });

test("a politician signs in with the municipality's Entra ID account, and signs out of both", async ({ page }) => {
  await page.goto("/logg-inn");
  const sso = page.getByRole("link", { name: "Logg inn med Drammen kommune-konto" });
  await expect(sso).toBeVisible();
  // The password form is still there, below.
  await expect(page.getByLabel("Passord", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await sso.click();

  await expect(page.getByRole("heading", { name: "Test identity provider" })).toBeVisible();
  await page.getByLabel("Username").fill("nina.ny");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/politiker$/);
  await expect(page.getByText("Logget inn som Nina Ny")).toBeVisible();

  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/logg-inn\?logget-ut=entra$/);
  await expect(page.getByText("Du er logget ut av Medvirk.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Logg også ut av Drammen kommune-kontoen" }).click();
  // The provider asks for confirmation, then sends the browser back to Medvirk's sign-in page.
  await page.getByRole("button", { name: /yes|sign me out/i }).click();
  await expect(page).toHaveURL(/\/logg-inn$/);
  await page.goto("/politiker");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake=/);
});

test("an unknown person at Entra ID is refused with an explanation", async ({ page }) => {
  await page.goto("/api/sso/entra/callback?code=forged&state=forged");
  await expect(page).toHaveURL(/\/logg-inn\?sso-feil=state$/);
  await expect(page.getByRole("alert").filter({ hasText: "Innloggingen ble avbrutt" })).toBeVisible();
});

test("a citizen signs in with ID-porten from the form, sends input and sees it under «Mine innspill»", async ({ page }) => {
  await page.goto("/mine-innspill");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mine innspill");
  await expectAccessible(page);

  await page.goto("/skjema/demre-innspill");
  await page.getByRole("link", { name: "Logg inn med ID-porten" }).click();
  await expect(page.getByText("acr_values: idporten-loa-substantial")).toBeVisible();
  await page.getByLabel("Username").fill("01019912345");
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).toHaveURL(/\/skjema\/demre-innspill$/);
  await expect(page.getByText("Innspillet blir knyttet til innloggingen din")).toBeVisible();
  const text = `Lys i undergangen ved Strømsø – ${Date.now()}`;
  await page.getByLabel("Behov").check();
  await page.getByLabel("Innspillet ditt", { exact: true }).fill(text);
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(page).toHaveURL(/\/kvittering\//);

  await page.getByRole("link", { name: "Mine innspill" }).first().click();
  await expect(page).toHaveURL(/\/mine-innspill$/);
  await expect(page.getByText(text)).toBeVisible();
  await expect(page.getByText("Mottatt", { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Logg ut" }).click();
  // ID-porten's own sign-out (the test provider asks first), then back to «Mine innspill».
  await page.getByRole("button", { name: /yes|sign me out/i }).click();
  await expect(page).toHaveURL(/\/mine-innspill$/);
  await expect(page.getByRole("link", { name: "Logg inn med ID-porten" })).toBeVisible();
  await expect(page.getByText(text)).toHaveCount(0);
});
