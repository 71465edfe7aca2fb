// A citizen gives input through the public form, without an account and without JavaScript,
// gets a receipt code and looks it up later.
import { expect, test } from "@playwright/test";
import { errorSummary, expectAccessible } from "./fixtures";

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("bad input keeps what was typed; a good one gives a receipt that can be looked up", async ({ page }) => {
    await page.goto("/prosesser/demre");
    await page.getByRole("link", { name: "Gi innspill: framtidens Drammen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gi innspill: framtidens Drammen");
    await expect(page.getByRole("heading", { name: "Før du skriver: personvern" })).toBeVisible();

    await page.getByLabel("Behov").check();
    await page.getByLabel("Hvilken bydel gjelder det? (valgfritt)").selectOption({ label: "Konnerud" });
    await page.getByLabel("E-post").fill("ola@example.no");
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(errorSummary(page)).toContainText("Skriv innspillet ditt.");
    await expect(errorSummary(page)).toContainText("Kryss av for samtykke");
    await expect(page.getByLabel("Behov")).toBeChecked();
    await expect(page.getByLabel("Hvilken bydel gjelder det? (valgfritt)")).toHaveValue(/.+/);
    await expect(page.getByLabel("E-post")).toHaveValue("ola@example.no");

    await page.getByLabel("E-post").fill("");
    await page.getByLabel("Innspillet ditt", { exact: true }).fill("Bussen til Konnerud går for sjelden på kveldstid, og det er bratt opp fra holdeplassen.");
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takk for innspillet ditt!");
    const code = (await page.locator("p.font-mono").textContent())!.trim();
    await expect(page.getByText("Mottatt", { exact: true })).toBeVisible();

    // Look it up as typed on paper: lower case, with a space.
    await page.goto("/kvittering");
    await page.getByLabel("Kvitteringskode", { exact: true }).fill(code.toLowerCase().replace("-", " "));
    await page.getByRole("button", { name: "Vis status" }).click();
    await expect(page).toHaveURL(new RegExp(`/kvittering/${code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kvittering for innspill");
  });

  test("the form in English", async ({ page }) => {
    await page.goto("/skjema/demre-innspill?sprak=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Give input: the Drammen of the future");
    await expect(page.getByLabel("Your input")).toBeVisible();
  });
});

test("an unknown receipt code gets a friendly page with the lookup box, and a malformed one a message", async ({ page }) => {
  const response = await page.goto("/kvittering/ABCDE-23456");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke denne kvitteringskoden");
  await expect(page.getByLabel("Kvitteringskode", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.goto("/kvittering?kode=123");
  await expect(page.getByText("Koden har ikke riktig form.")).toBeVisible();
  await expectAccessible(page);
});

test("the form, its errors and the receipt are accessible (axe needs JavaScript)", async ({ page }) => {
  test.slow(); // four axe scans
  await page.goto("/skjema/demre-innspill");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(errorSummary(page)).toContainText("Skriv innspillet ditt.");
  await expect(errorSummary(page)).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel("Innspillet ditt", { exact: true }).fill("Det er for få møteplasser for eldre på Fjell.");
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
  await expectAccessible(page);
  await page.goto("/kvittering");
  await expectAccessible(page);
});

test("the public form at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/skjema/demre-innspill");
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
