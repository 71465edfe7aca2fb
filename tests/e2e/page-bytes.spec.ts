// Issue #20 (bytes): public pages no longer carry the whole message catalogue to the browser.
// The root NextIntlClientProvider passes only what public client components read
// (lib/i18n/client-messages.ts); the staff areas wrap their pages in StaffMessages.
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

// Staff-only texts that were in every page's HTML while the root passed every namespace.
const STAFF_ONLY = ["Det må være minst én aktiv administrator", "Du kan bare slette innspill du selv har registrert"];

for (const path of ["/", "/prosesser/demre", "/skjema/demre-innspill", "/logg-inn"]) {
  test(`${path} carries no staff messages and stays small`, async ({ request }) => {
    const html = await (await request.get(path)).text();
    for (const text of STAFF_ONLY) expect(html).not.toContain(text);
    // Before: 46–54 kB gzipped HTML on these pages, most of it the catalogue.
    expect(gzipSync(Buffer.from(html)).length).toBeLessThan(30 * 1024);
  });
}

test("the sign-in form still shows its texts and, with JavaScript, its error summary", async ({ page }) => {
  await page.goto("/logg-inn");
  await expect(page.getByRole("button", { name: "Logg inn" })).toBeVisible();
  await page.getByRole("button", { name: "Logg inn" }).click();
  await expect(page.getByText("For å gå videre må du rette opp i dette:")).toBeVisible();
});
