import { expect, test } from "@playwright/test";
import { ACCOUNTS, DEMO_PASSWORD, errorSummary, expectAccessible, expectPageBasics, signIn } from "./fixtures";

for (const [role, account] of Object.entries(ACCOUNTS)) {
  test(`${role} signs in, lands on ${account.home}, and the page is accessible`, async ({ page }) => {
    await signIn(page, account.email);
    await expect(page).toHaveURL(new RegExp(`${account.home}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(account.heading);
    await expectPageBasics(page);
    await expectAccessible(page);
    await page.goto("/konto");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Min konto");
    await expectAccessible(page);
  });
}

test("each role is refused the other roles' pages with a clear no-access page (403)", async ({ page }) => {
  await signIn(page, ACCOUNTS.POLITICIAN.email);
  await expect(page).toHaveURL(/\/politiker$/);
  for (const path of ["/admin", "/gruppeleder"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke tilgang til denne siden");
    await expect(page.getByText("Du er logget inn som Politiker.", { exact: false })).toBeVisible();
    await expectAccessible(page);
  }
});

test("the group leader cannot open the admin area either", async ({ page }) => {
  await signIn(page, ACCOUNTS.GROUP_LEADER.email);
  await expect(page).toHaveURL(/\/gruppeleder$/);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  expect((await page.goto("/politiker"))?.status()).toBe(403);
});

test("an anonymous visitor is sent to sign in and comes back to the page afterwards", async ({ page }) => {
  await page.goto("/gruppeleder");
  await expect(page).toHaveURL(/\/logg-inn\?tilbake=%2Fgruppeleder$/);
  await page.getByLabel("E-postadresse").fill(ACCOUNTS.GROUP_LEADER.email);
  await page.getByLabel("Passord", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page).toHaveURL(/\/gruppeleder$/);
});

for (const tilbake of ["//evil.example", "%2F%09%2Fevil.example%2Fphish", "%2F%5Cevil.example", "%2F%0A%2Fevil.example", "%2F%252F%2Fevil.example"]) {
  test(`a return address off the site is ignored (${tilbake})`, async ({ page }) => {
    // Chromium drops the tab and reads "\\" as "/": "/\t/evil.example" would be another host.
    await signIn(page, ACCOUNTS.ADMIN.email, DEMO_PASSWORD, `/logg-inn?tilbake=${tilbake}`);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/admin$/);
  });
}

test("empty fields give an error summary and messages at the fields, keeping the e-mail", async ({ page }) => {
  await page.goto("/logg-inn");
  await page.getByLabel("E-postadresse").fill("ikke-en-adresse");
  await page.getByRole("button", { name: "Logg inn" }).click();
  const summary = errorSummary(page);
  await expect(summary).toContainText("For å gå videre må du rette opp i dette:");
  await expect(summary.getByRole("link", { name: /gyldig e-postadresse/ })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Skriv inn passordet." })).toBeVisible();
  await expect(page.getByLabel("E-postadresse")).toHaveValue("ikke-en-adresse");
  await expect(page.getByLabel("E-postadresse")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Passord", { exact: true })).toHaveAccessibleDescription("Skriv inn passordet.");
  await expectAccessible(page);
});

test("five wrong passwords refuse this device for a while, with the same answers an unknown e-mail gets", async ({ page }) => {
  test.setTimeout(120_000);
  // A stranger's guesses must not lock the person out: the refusal is per device (client
  // address) and e-mail, and an unknown e-mail is answered exactly alike.
  for (const email of ["nina.ostby@medvirk.test", "finnes.ikke@medvirk.test"]) {
    for (let i = 0; i < 5; i++) {
      await signIn(page, email, "feil-passord");
      await expect(errorSummary(page)).toContainText("Feil e-postadresse eller passord.");
      await expect(errorSummary(page)).not.toContainText("låst");
    }
    await signIn(page, email, email.startsWith("nina") ? DEMO_PASSWORD : "feil-passord");
    await expect(errorSummary(page)).toContainText("For mange innloggingsforsøk fra denne enheten på kort tid. Vent 15 minutter");
    await expect(page).toHaveURL(/\/logg-inn/);
  }
});

test("signing out ends the session on the server: a copied cookie opens nothing afterwards", async ({ page, browser }) => {
  await signIn(page, ACCOUNTS.POLITICIAN.email);
  await expect(page).toHaveURL(/\/politiker$/);
  const copied = await page.context().cookies();
  await page.getByRole("button", { name: "Logg ut" }).click();
  await expect(page).toHaveURL(/\/\?logget-ut=1$/);
  await page.goto("/politiker");
  await expect(page).toHaveURL(/\/logg-inn/);

  // Someone who copied the cookie before «Logg ut» (a shared computer, a stolen cookie).
  const other = await browser.newContext();
  await other.addCookies(copied);
  const thief = await other.newPage();
  const response = await thief.goto("/politiker");
  expect(response?.status()).toBe(200);
  await expect(thief).toHaveURL(/\/logg-inn\?tilbake=%2Fpolitiker$/);
  expect((await thief.request.get("/politiker", { maxRedirects: 0 })).status()).toBe(307);
  await other.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("signing in and switching language work as plain form posts", async ({ page }) => {
    await signIn(page, ACCOUNTS.ADMIN.email);
    await expect(page).toHaveURL(/\/admin$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administrasjon");
    await page.getByRole("button", { name: "Bytt språk til English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Administration");
  });

  test("a failed sign-in shows the errors and keeps the e-mail", async ({ page }) => {
    await signIn(page, ACCOUNTS.ADMIN.email, "feil-passord");
    await expect(errorSummary(page)).toContainText("Feil e-postadresse eller passord");
    await expect(page.getByLabel("E-postadresse")).toHaveValue(ACCOUNTS.ADMIN.email);
  });
});
