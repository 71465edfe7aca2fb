// Issue #21 end to end, in a real browser against the real OpenID Connect providers that
// scripts/e2e-server.ts starts (one like Entra ID, one like ID-porten): a new politician signs
// in with the municipality's account and out again (also at the provider); a citizen signs
// in with ID-porten from a form, sends input and finds it under «Mine innspill»; an admin
// requires ID-porten for a form in its settings, and the server holds to it.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signInWithSession } from "./fixtures";

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

/** axe at desktop width and at 390 px, where nothing may scroll sideways. */
async function expectAccessibleBothWidths(page: Page) {
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function signInAtIdPorten(page: Page, pid: string) {
  await expect(page.getByText("acr_values: idporten-loa-substantial")).toBeVisible();
  await page.getByLabel("Username").fill(pid);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("an admin requires ID-porten for a form; the server refuses a post without sign-in (no JS, text given back); a citizen signs in, sends and finds it under «Mine innspill»", async ({
  page,
  browser,
}) => {
  // Three sites, two browsers and axe at two widths on a small shared machine.
  test.setTimeout(240_000);
  const title = `Innbyggerpanel ${Date.now().toString(36)}`;
  const question = "Hva vil du si til panelet?";
  const PANEL_MEMBER = "17057512345";

  // The administrator makes a form for a citizen panel and, in its settings, requires ID-porten.
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/prosesser");
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Prosessens sider" }).getByRole("link", { name: "Skjema", exact: true }).click();
  await page.getByRole("link", { name: "Nytt skjema" }).click();
  await page.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" }).getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett skjema" }).click();
  await expect(page).toHaveURL(/\/skjema\/[0-9a-f-]{36}\?ny=1$/);
  const builderUrl = page.url().replace(/\?ny=1$/, "");
  const add = page.getByRole("region", { name: "Legg til felt" });
  await add.getByLabel("Felttype").selectOption({ label: "Lang tekst" });
  await add.getByLabel("Obligatorisk – innbyggeren må svare").check();
  await add.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" }).getByLabel("Ledetekst").fill(question);
  await add.getByRole("button", { name: "Legg til felt" }).click();
  await expect(page.getByRole("status")).toContainText(`Feltet «${question}» er lagt til.`);

  // By keyboard: the arrow key moves the choice from «Frivillig» to «Påkrevd – betydelig …»,
  // Space publishes, Enter on the button saves.
  const setting = page.getByRole("group", { name: "Innlogging med ID-porten" });
  await expect(setting.getByRole("radio", { name: /^Frivillig/ })).toBeChecked();
  await setting.getByRole("radio", { name: /^Frivillig/ }).focus();
  await page.keyboard.press("ArrowDown");
  await expect(setting.getByRole("radio", { name: /^Påkrevd – betydelig sikkerhetsnivå/ })).toBeChecked();
  await page.getByLabel("Publiser skjemaet, så innbyggerne kan åpne det").focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "Lagre innstillinger" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Innstillingene er lagret.");
  await page.goto(builderUrl);
  // (The settings page itself is checked with axe in admin-form-builder.spec.ts.)
  await expect(page.getByRole("group", { name: "Innlogging med ID-porten" }).getByRole("radio", { name: /^Påkrevd – betydelig sikkerhetsnivå/ })).toBeChecked();
  const slug = await page.getByLabel("Adresse", { exact: true }).inputValue();
  await page.context().clearCookies();

  // Without JavaScript: signed in, the citizen writes; the sign-in runs out before «Send»
  // (its cookie is gone). The server refuses, in Norwegian, and gives the text back.
  const baseURL = test.info().project.use.baseURL!;
  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL, locale: "nb-NO" });
  const plain = await noJs.newPage();
  await plain.goto(`/skjema/${slug}`);
  await expect(plain.getByText("Dette skjemaet krever at du logger inn med ID-porten.")).toBeVisible();
  await expect(plain.getByRole("button", { name: "Send innspill" })).toHaveCount(0);
  await plain.getByRole("link", { name: "Logg inn med ID-porten" }).click();
  await signInAtIdPorten(plain, PANEL_MEMBER);
  await expect(plain).toHaveURL(new RegExp(`/skjema/${slug}$`));
  const lost = `Møtene bør holdes på kveldstid – ${Date.now()}`;
  await plain.getByLabel(question).fill(lost);
  await noJs.clearCookies({ name: "medvirk-citizen" });
  const [refused] = await Promise.all([
    plain.waitForResponse((r) => r.url().endsWith(`/skjema/${slug}/send`)),
    plain.getByRole("button", { name: "Send innspill" }).click(),
  ]);
  expect(refused.status()).toBe(403);
  await expect(plain.getByRole("alert").filter({ hasText: "Dette skjemaet krever at du logger inn med ID-porten." })).toBeVisible();
  await expect(plain.getByRole("region", { name: "Dette skrev du" }).getByLabel(question)).toHaveValue(lost);
  await expect(plain.getByRole("link", { name: "Logg inn med ID-porten" })).toBeVisible();
  // axe cannot run where JavaScript is off: the same refused page, served as it came, in a normal tab.
  const refusedPage = await plain.content();
  await noJs.close();
  await page.route(`**/skjema/${slug}/send`, (route) => route.fulfill({ status: 403, contentType: "text/html; charset=utf-8", body: refusedPage }));
  await page.goto(`/skjema/${slug}/send`);
  await expect(page.getByRole("region", { name: "Dette skrev du" }).getByLabel(question)).toHaveValue(lost);
  await expectAccessibleBothWidths(page);
  await page.unrouteAll();

  // With JavaScript: asked to sign in, signs in at ID-porten, sends, finds it under «Mine innspill».
  await page.goto(`/skjema/${slug}`);
  await expect(page.getByText("Dette skjemaet krever at du logger inn med ID-porten.")).toBeVisible();
  await page.getByRole("link", { name: "Logg inn med ID-porten" }).click();
  await signInAtIdPorten(page, PANEL_MEMBER);
  await expect(page).toHaveURL(new RegExp(`/skjema/${slug}$`));
  await expect(page.getByText("Innspillet blir knyttet til innloggingen din")).toBeVisible();
  const sent = `Panelet bør møtes på Strømsø – ${Date.now()}`;
  await page.getByLabel(question).fill(sent);
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(page).toHaveURL(/\/kvittering\//);
  await page.getByRole("link", { name: "Mine innspill" }).first().click();
  await expect(page).toHaveURL(/\/mine-innspill$/);
  await expect(page.getByText(sent)).toBeVisible();
  await expect(page.getByText(lost)).toHaveCount(0);
  await expectAccessibleBothWidths(page);

  // Leave DEMRE as it was: unpublish the panel form.
  await page.context().clearCookies();
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto(builderUrl);
  await page.getByLabel("Publiser skjemaet, så innbyggerne kan åpne det").uncheck();
  await page.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingene er lagret.");
});
