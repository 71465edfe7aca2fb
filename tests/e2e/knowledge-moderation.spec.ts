// Moderation on the demo seed: the screening held the sample's inputs with phone numbers and
// health details about named people on arrival. An admin redacts one, approves it, and marks
// a duplicate from the similar-inputs list (undoing the seed's mark first, so the spec leaves
// the pair as it found it). (Politicians are refused: tests/integration/page-access.test.ts.)
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ mode: "serial", timeout: 120_000 });

const REVIEW = "/admin/kunnskapsbase/til-vurdering";
// Demo input i163: a named mother's diagnoses and a phone number.
const HELD_TEXT = "Min mor, Ingrid Johansen";
const PHONE = "478 12 290";

async function signInAsAdmin(page: Page) {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
}

test("an admin redacts a held input with a phone number and approves it", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto(REVIEW);
  await expectPageBasics(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Til vurdering");
  const item = page.getByRole("listitem").filter({ hasText: HELD_TEXT });
  await expect(item).toHaveCount(1);
  await expect(item.getByText("Telefonnummer")).toBeVisible();
  await expect(item.getByText("Helseopplysninger om navngitt person")).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await item.getByRole("link", { name: /^Sladd innspill/ }).click();
  await expect(page).toHaveURL(/\/admin\/kunnskapsbase\/sladd\/[0-9a-f-]{36}$/);
  await expectPageBasics(page);
  // The original is shown to the admin; the public version is pre-filled with redactions.
  await expect(page.getByText(PHONE).first()).toBeVisible();
  const field = page.getByRole("textbox", { name: "Offentlig versjon" });
  await expect(field).toHaveValue(/\[sladdet\]/);
  await expect(field).not.toHaveValue(new RegExp(PHONE));
  await expect(field).not.toHaveValue(/Ingrid Johansen/);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 900 });

  await field.fill((await field.inputValue()).replace("kols", "[sladdet]"));
  await page.getByRole("button", { name: "Lagre sladdet versjon" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Den sladdede versjonen er lagret" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Offentlig versjon" })).toHaveValue(/Alzheimer og \[sladdet\]/);

  await page.getByRole("button", { name: "Godkjenn" }).click();
  await expect(page).toHaveURL(new RegExp(`${REVIEW}\\?lagret=godkjent$`));
  await expect(page.getByRole("status").filter({ hasText: "godkjent" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: HELD_TEXT })).toHaveCount(0);
});

test("an admin marks a duplicate from the similar list and sees 'Nevnt av 2'", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/innspill");
  // Demo i219 is the seed's rewording of i175 (marked as its duplicate on import).
  await page.getByRole("row").filter({ hasText: "hilse på naboen" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/admin\/innspill\/[0-9a-f-]{36}/);
  const similar = page.getByRole("region", { name: "Lignende innspill" });
  await expect(similar.getByText(/markert som duplikat av/)).toBeVisible();
  await expect(similar.getByText("Nevnt av 2").first()).toBeVisible();

  await similar.getByRole("button", { name: "Ikke duplikat" }).click();
  await expect(similar.getByText(/markert som duplikat av/)).toHaveCount(0);
  await expect(similar.getByText("Nevnt av 2")).toHaveCount(0);

  const original = similar.getByRole("listitem").filter({ hasText: "hilse på hverandre" });
  await expect(original.getByText(/^Likhet \d+ %$/)).toBeVisible();
  await original.getByRole("button", { name: "Marker som duplikat av dette" }).click();
  await expect(similar.getByText(/markert som duplikat av/)).toBeVisible();
  await expect(similar.getByText("Nevnt av 2").first()).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
});
