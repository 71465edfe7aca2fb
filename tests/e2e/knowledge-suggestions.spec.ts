// Tag suggestions in the running app with the demo data: the model page (figures, retrain),
// accepting and rejecting suggestions by keyboard only, the triage page's panel, axe at
// desktop and phone width. (403 for politicians: tests/integration/page-access.test.ts.)
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

const PAGE = "/admin/kunnskapsbase/forslag";
// Training and axe on a page with many forms take a while on a busy machine.
test.describe.configure({ timeout: 120_000 });

async function openAsAdmin(page: Page) {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto(PAGE);
  await expect(page.getByRole("heading", { level: 1, name: "Forslag til merking" })).toBeVisible();
}

test("the admin sees the model's figures and retrains it", async ({ page }) => {
  await openAsAdmin(page);
  await expectPageBasics(page);
  const model = page.getByRole("region", { name: /Treffsikkerhet på innspill modellen ikke så/ });
  await expect(model.getByRole("row", { name: /Kategori \d+ %/ })).toBeVisible();
  await expect(model.getByRole("row", { name: /Temaplan \d+ %/ })).toBeVisible();
  await expect(model.getByRole("row", { name: /Emner \d+ %/ })).toBeVisible();
  await expect(page.getByText(/\d+ sorterte innspill/)).toBeVisible();
  await expect(page.getByText(/\d+ innspill har forslag/)).toBeVisible();

  await page.getByRole("button", { name: "Tren modellen på nytt" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Modellen er trent på nytt." })).toBeVisible({ timeout: 60_000 });
  // The newest model now names who started it.
  await expect(page.locator("dd").filter({ hasText: "Astrid Holmen" })).toBeVisible();
});

test("an untagged demo input gets suggestions that can be accepted and rejected by keyboard", async ({ page }) => {
  await openAsAdmin(page);
  const list = page
    .getByRole("list")
    .filter({ has: page.getByRole("heading", { name: "Forslag fra modellen" }) })
    .first();
  const item = list
    .getByRole("listitem")
    .filter({ has: page.getByRole("button", { name: /^Godta kategorien / }) })
    .first();
  const quote = (await item.locator("blockquote").innerText()).slice(0, 60);
  const accept = item.getByRole("button", { name: /^Godta kategorien / }).first();
  const acceptName = (await accept.getAttribute("aria-label"))!;
  await expect(item.getByText(/\d+\s?% sikker \((høy|middels|lav)\)/).first()).toBeVisible();

  // Keyboard only: focus moves with Tab to the button, Enter submits.
  await accept.focus();
  await expect(accept).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Forslaget er godtatt." })).toBeVisible();
  const same = page.getByRole("listitem").filter({ hasText: quote }).first();
  await expect(same.getByRole("button", { name: /^Godta kategorien / })).toHaveCount(0);
  await same.getByText(/avgjort/).click();
  await expect(same.getByText(acceptName.replace(/^Godta /, "Godtatt "))).toBeVisible();

  // Reject a topic: it is gone for this input and stays gone.
  const reject = same.getByRole("button", { name: /^Avvis emnet / }).first();
  const rejected = (await reject.getAttribute("aria-label"))!;
  await reject.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Forslaget er avvist" })).toBeVisible();
  await page.reload();
  const again = page.getByRole("listitem").filter({ hasText: quote }).first();
  await expect(again.getByRole("button", { name: rejected })).toHaveCount(0);
});

test("the triage page shows the panel and accepting returns there", async ({ page }) => {
  await openAsAdmin(page);
  const link = page.getByRole("link", { name: "Åpne i sortering" }).last();
  await link.click();
  await expect(page).toHaveURL(/\/admin\/kunnskapsbase\/sortering\//);
  const panel = page.getByRole("region", { name: "Forslag fra modellen" });
  await expect(panel).toBeVisible();
  const accept = panel.getByRole("button", { name: /^Godta (kategorien|temaplanen) / }).first();
  await accept.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/kunnskapsbase\/sortering\/.*forslag=godtatt/);
  await expectAccessible(page);
});

test("axe is clean at desktop and phone width", async ({ page }) => {
  await openAsAdmin(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
