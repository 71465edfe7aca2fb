// WCAG 3.1.2 language of parts: an input written in Arabic or English carries its language
// (and right-to-left direction for Arabic) wherever staff read it — the inbox list and detail,
// the triage page, search results — inside an isolating <bdi> (src/components/input-text.tsx).
// The demo seed has Arabic and English inputs (src/features/demo/data/innspill-eksempel.csv).
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signInWithSession } from "./fixtures";

test.describe.configure({ timeout: 120_000 });
const slow = expect.configure({ timeout: 20_000 });

/** Opens the first input in `language` from the inbox list; checks the list row on the way. Returns its id. */
async function openFirst(page: Page, language: string, dir: string) {
  await page.goto(`/admin/innspill?sprak=${language}&synlighet=alle`);
  const listed = page.locator("table [data-input-text]").first();
  await slow(listed).toHaveAttribute("lang", language);
  await expect(listed).toHaveAttribute("dir", dir);
  await expect(listed).toHaveJSProperty("tagName", "BDI");
  await page.locator("table a[href^='/admin/innspill/']").first().click();
  await slow(page).toHaveURL(/\/admin\/innspill\/[0-9a-f-]{36}/);
  return /\/admin\/innspill\/([0-9a-f-]{36})/.exec(page.url())![1]!;
}

async function expectText(page: Page, scope: string, language: string, dir: string) {
  const text = page.locator(`${scope} [data-input-text]`).first();
  await slow(text).toHaveAttribute("lang", language);
  await expect(text).toHaveAttribute("dir", dir);
}

for (const [language, dir] of [
  ["ar", "rtl"],
  ["en", "auto"],
] as const) {
  test(`an input in «${language}» carries lang="${language}" dir="${dir}" in the inbox, its detail and the triage page`, async ({ page }) => {
    await signInWithSession(page, ACCOUNTS.ADMIN.email);
    const id = await openFirst(page, language, dir);
    await expectText(page, "#tekst-tittel ~ p", language, dir);
    await expectAccessible(page);
    await page.goto(`/admin/kunnskapsbase/sortering/${id}`);
    await expectText(page, "[data-testid=triage-text]", language, dir);
    // The page itself stays Norwegian.
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expectAccessible(page);
  });
}
