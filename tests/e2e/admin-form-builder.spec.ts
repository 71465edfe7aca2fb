// The administrator builds a citizen-input form: creates it, adds fields (one a single choice),
// reorders them by keyboard, previews it exactly as citizens will see it, publishes it and
// finds it at its public address. A field of the demo form that holds answers cannot be deleted.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

test.describe.configure({ mode: "serial" });

const TITLE = `Benker og møteplasser ${Date.now().toString(36)}`;
let builderUrl = "";

test.beforeEach(async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
});

async function openDemreForms(page: Page) {
  await page.goto("/admin/prosesser");
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await page.getByRole("navigation", { name: "Prosessens sider" }).getByRole("link", { name: "Skjema", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Skjema:");
}

/** axe at desktop width and at 390 px, where nothing may scroll sideways. */
async function expectAccessibleBothWidths(page: Page) {
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 720 });
}

async function addField(page: Page, type: string, label: string, opts: { required?: boolean; options?: string } = {}) {
  const section = page.getByRole("region", { name: "Legg til felt" });
  await section.getByLabel("Felttype").selectOption({ label: type });
  if (opts.required) await section.getByLabel("Obligatorisk – innbyggeren må svare").check();
  const nb = section.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" });
  await nb.getByLabel("Ledetekst").fill(label);
  if (opts.options) await nb.getByLabel("Valg, ett per linje").fill(opts.options);
  await section.getByRole("button", { name: "Legg til felt" }).click();
  await expect(page.getByRole("status")).toContainText(`Feltet «${label}» er lagt til.`);
}

test("create a form, add fields, reorder by keyboard, preview, publish and open it publicly", async ({ page }) => {
  test.setTimeout(300_000);
  await openDemreForms(page);
  await expect(page.getByRole("link", { name: "Rediger «Gi innspill: framtidens Drammen»" })).toBeVisible();
  await expectAccessibleBothWidths(page);

  await page.getByRole("link", { name: "Nytt skjema" }).click();
  await expectAccessibleBothWidths(page);
  const nbTexts = page.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" });
  // Without a title: error summary and message at the field; what was typed is kept.
  await nbTexts.getByLabel("Innledning").fill("Hvor mangler det en benk å hvile på?");
  await page.getByRole("button", { name: "Opprett skjema" }).click();
  await expect(errorSummary(page)).toContainText("Fyll ut feltet.");
  await expect(nbTexts.getByLabel("Innledning")).toHaveValue("Hvor mangler det en benk å hvile på?");
  await nbTexts.getByLabel("Tittel").fill(TITLE);
  await page.getByRole("button", { name: "Opprett skjema" }).click();
  await expect(page).toHaveURL(/\/skjema\/[0-9a-f-]{36}\?ny=1$/);
  builderUrl = page.url().replace(/\?ny=1$/, "");
  await expect(page.getByRole("status")).toContainText("Skjemaet er opprettet.");

  await addField(page, "Lang tekst", "Hva savner du?", { required: true });
  // A choice needs at least two options: refused with a message at the field.
  const section = page.getByRole("region", { name: "Legg til felt" });
  await section.getByLabel("Felttype").selectOption({ label: "Enkeltvalg" });
  await section.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" }).getByLabel("Ledetekst").fill("Hvor bor du?");
  await section.getByRole("button", { name: "Legg til felt" }).click();
  await expect(errorSummary(page)).toContainText("Skriv minst to valg");
  await addField(page, "Enkeltvalg", "Hvor bor du?", { options: "Sentrum\nUtenfor sentrum" });
  await addField(page, "Kort tekst", "Postnummer");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["1. Hva savner du?", "2. Hvor bor du?", "3. Postnummer"]);

  // The list shows a choice field's choices, not the label of the box they are typed in.
  await expect(page.getByText("Valg: Sentrum · Utenfor sentrum")).toBeVisible();
  await expect(page.locator("main ol").getByText("Valg, ett per linje")).toHaveCount(0);
  // Reorder with the keyboard only: focus the button and press Enter. The button says «Flytt
  // opp» and its accessible name adds the field briefly.
  await expect(page.getByRole("button", { name: "Flytt opp: Postnummer", exact: true })).toHaveText("Flytt opp");
  await page.getByRole("button", { name: "Flytt opp: Postnummer", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("«Postnummer» er flyttet til plass 2 av 3.");
  await expect(page.getByRole("heading", { level: 3 })).toHaveText(["1. Hva savner du?", "2. Postnummer", "3. Hvor bor du?"]);
  await expect(page.getByText("Mangler: tittel, ledetekst for «Hva savner du?»").first()).toHaveCount(0);
  await expectAccessibleBothWidths(page);

  // The field's own page.
  await page.getByRole("link", { name: "Rediger «Hvor bor du?»" }).click();
  await expect(page.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" }).getByLabel("Valg, ett per linje")).toHaveValue("Sentrum\nUtenfor sentrum");
  await expectAccessibleBothWidths(page);
  await page.goto(builderUrl);

  // Preview: the real public form, fields in the new order, nothing can be sent.
  await page.getByRole("link", { name: "Forhåndsvis på Bokmål" }).click();
  await expect(page).toHaveURL(/\/forhandsvisning\?sprak=nb$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText("Forhåndsvisning – slik ser innbyggerne skjemaet.")).toBeVisible();
  const order = await page
    .locator("main")
    .getByText(/^(Hva savner du\?|Postnummer|Hvor bor du\?)/)
    .allTextContents();
  expect(order.map((t) => t.replace(/ \(valgfritt\)$/, ""))).toEqual(["Hva savner du?", "Postnummer", "Hvor bor du?"]);
  await expect(page.getByRole("radio", { name: "Utenfor sentrum" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send innspill" })).toBeDisabled();
  await expect(page.locator("main form")).toHaveCount(0);
  await expectAccessibleBothWidths(page);

  // Publish, then the public address shows it.
  await page.goto(builderUrl);
  await page.getByLabel("Publiser skjemaet, så innbyggerne kan åpne det").check();
  await page.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingene er lagret.");
  const slug = await page.getByLabel("Adresse", { exact: true }).inputValue();
  expect(slug).toMatch(/^benker-og-moteplasser-/);
  await page.goto(`/skjema/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByLabel("Hva savner du?")).toBeVisible();
  await expect(page.getByRole("radio", { name: "Sentrum", exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Send innspill" })).toBeVisible();

  // The list shows it as published with its public link; then unpublish to leave DEMRE as it was.
  await openDemreForms(page);
  await expect(page.getByRole("link", { name: `Offentlig lenke: /skjema/${slug}` })).toBeVisible();
  await page.goto(builderUrl);
  await page.getByLabel("Publiser skjemaet, så innbyggerne kan åpne det").uncheck();
  await page.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingene er lagret.");
});

test("a field of the demo form that holds answers cannot be deleted", async ({ page }) => {
  test.setTimeout(120_000);
  // A citizen answers the demo form first, so its text field holds at least one answer.
  await page.goto("/skjema/demre-innspill");
  await page.getByLabel("Innspillet ditt", { exact: true }).fill("Flere benker langs elva, takk.");
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(page).toHaveURL(/\/kvittering\//);

  await openDemreForms(page);
  await page.getByRole("link", { name: "Rediger «Gi innspill: framtidens Drammen»" }).click();
  await page.getByRole("button", { name: /^Slett: Innspillet ditt/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Feltet kan ikke slettes" })).toContainText(/\d+ innspill har svar i det/);
  await expect(page.getByRole("heading", { level: 3, name: /Innspillet ditt/ })).toBeVisible();
  await expectAccessible(page);
});

test("the district list: add, move up by keyboard, rename and delete an unused district", async ({ page }) => {
  test.setTimeout(120_000);
  const name = `Testbydel ${Date.now().toString(36)}`;
  await page.goto("/admin/bydeler");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bydeler");
  await expectAccessibleBothWidths(page);
  await page.getByRole("region", { name: "Legg til bydel" }).getByLabel("Navn").fill(name);
  await page.getByRole("button", { name: "Legg til bydel" }).click();
  await expect(page.getByRole("status")).toContainText(`«${name}» er lagt til som nummer`);
  const total = await page.getByRole("heading", { level: 2, name: /^\d+\. / }).count();
  await page.getByRole("button", { name: `Flytt opp «${name}»` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(`«${name}» er flyttet til plass ${total - 1} av ${total}.`);
  // Districts that inputs or activities use say so and offer no delete button.
  await expect(page.getByText("I bruk, kan ikke slettes").first()).toBeVisible();
  await page
    .getByLabel("Navn")
    .nth(total - 2)
    .fill(`${name} nord`);
  await page.getByRole("button", { name: `Lagre navnet på «${name}»` }).click();
  await expect(page.getByRole("status")).toContainText(`Navnet er endret til «${name} nord».`);
  await page.getByRole("button", { name: `Slett «${name} nord»` }).click();
  await expect(page.getByRole("status")).toContainText("Bydelen er slettet.");
  await expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toHaveCount(0);
});

test("age bands per form: the admin picks the youth preset by keyboard; a citizen without JS at 390 px answers with it; the inbox shows it", async ({
  page,
  browser,
}) => {
  test.setTimeout(300_000);
  const title = `Ungdomsrådet spør ${Date.now().toString(36)}`;
  const text = `Vi trenger et sted å være etter skolen ${Date.now().toString(36)}.`;
  await openDemreForms(page);
  await page.getByRole("link", { name: "Nytt skjema" }).click();
  await page.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" }).getByLabel("Tittel").fill(title);
  await page.getByRole("button", { name: "Opprett skjema" }).click();
  await expect(page.getByRole("status")).toContainText("Skjemaet er opprettet.");
  const url = page.url().replace(/\?ny=1$/, "");
  await addField(page, "Lang tekst", "Hva vil du si?", { required: true });

  // An age field with overlapping own bands is refused at the field and in the summary; the lines are kept.
  const section = page.getByRole("region", { name: "Legg til felt" });
  await section.getByLabel("Felttype").selectOption({ label: "Aldersgruppe" });
  await section.getByRole("group", { name: "Tekster på bokmål (må fylles ut)" }).getByLabel("Ledetekst").fill("Hvor gammel er du?");
  const bands = section.getByRole("group", { name: "Aldersgrupper i skjemaet" });
  // Keyboard only: focus the chosen radio and move with the arrow keys.
  await bands.getByRole("radio", { name: /^Standard/ }).focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(bands.getByRole("radio", { name: /^Egne aldersgrupper/ })).toBeChecked();
  await section.getByLabel("Egne aldersgrupper, én per linje").fill("13-15\n15-19");
  await section.getByRole("button", { name: "Legg til felt" }).click();
  await expect(errorSummary(page)).toContainText("Linje 2 overlapper med linje 1.");
  await expect(page.getByRole("region", { name: "Legg til felt" }).getByLabel("Egne aldersgrupper, én per linje")).toHaveValue("13-15\n15-19");
  await expect(page.getByRole("region", { name: "Legg til felt" }).getByLabel("Egne aldersgrupper, én per linje")).toHaveAccessibleDescription(
    /Linje 2 overlapper/,
  );
  await expectAccessible(page);

  // The youth preset, chosen by keyboard.
  const again = page.getByRole("region", { name: "Legg til felt" });
  await again
    .getByRole("group", { name: "Aldersgrupper i skjemaet" })
    .getByRole("radio", { name: /^Egne aldersgrupper/ })
    .focus();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(again.getByRole("radio", { name: "Ungdom: 13–15 år, 16–19 år, 20–25 år" })).toBeChecked();
  await again.getByRole("button", { name: "Legg til felt" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText("Feltet «Hvor gammel er du?» er lagt til.");
  await expect(page.getByText("Valg: 13–15 år · 16–19 år · 20–25 år")).toBeVisible();

  await page.getByLabel("Publiser skjemaet, så innbyggerne kan åpne det").check();
  await page.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingene er lagret.");
  const slug = await page.getByLabel("Adresse", { exact: true }).inputValue();

  // The citizen: no JavaScript, a phone.
  const citizen = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  const phone = await citizen.newPage();
  await phone.goto(`/skjema/${slug}`);
  const age = phone.getByLabel(/^Hvor gammel er du\?/);
  // The form's own bands and nothing else (the first option is the empty choice).
  expect((await age.locator("option").allTextContents()).slice(1)).toEqual(["13–15 år", "16–19 år", "20–25 år"]);
  expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await phone.getByLabel(/^Hva vil du si\?/).fill(text);
  await age.selectOption({ label: "16–19 år" });
  await phone.getByRole("button", { name: "Send innspill" }).click();
  await expect(phone).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
  await citizen.close();

  // The inbox shows the band the citizen chose.
  await page.goto("/admin/innspill");
  await page
    .getByRole("row")
    .filter({ hasText: text.slice(0, 40) })
    .getByRole("link")
    .first()
    .click();
  await expect(page.getByText("16–19 år", { exact: true })).toBeVisible();

  // Leave DEMRE as it was: unpublish.
  await page.goto(url);
  await page.getByLabel("Publiser skjemaet, så innbyggerne kan åpne det").uncheck();
  await page.getByRole("button", { name: "Lagre innstillinger" }).click();
  await expect(page.getByRole("status")).toContainText("Innstillingene er lagret.");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  // The one-button forms (ButtonForm, MoveButtons) and a refused add, as plain form posts.
  test("the district list: a refused add shows its errors, then add, move up and delete", async ({ page }) => {
    test.setTimeout(120_000);
    const name = `Uten JS ${Date.now().toString(36)}`;
    await page.goto("/admin/bydeler");
    await page.getByRole("button", { name: "Legg til bydel" }).click();
    await expect(errorSummary(page)).toBeVisible();
    const field = page.getByRole("region", { name: "Legg til bydel" }).getByLabel("Navn");
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await field.fill(name);
    await page.getByRole("button", { name: "Legg til bydel" }).click();
    await expect(page.getByRole("status")).toContainText(`«${name}» er lagt til som nummer`);
    const total = await page.getByRole("heading", { level: 2, name: /^\d+\. / }).count();
    await page.getByRole("button", { name: `Flytt opp «${name}»` }).click();
    await expect(page.getByRole("status")).toContainText(`«${name}» er flyttet til plass ${total - 1} av ${total}.`);
    await page.getByRole("button", { name: `Slett «${name}»` }).click();
    await expect(page.getByRole("status")).toContainText("Bydelen er slettet.");
    await expect(page.getByRole("heading", { level: 2, name: new RegExp(name) })).toHaveCount(0);
  });
});
