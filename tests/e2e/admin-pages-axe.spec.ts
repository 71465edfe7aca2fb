// Every admin page of a process, on the demo data, scanned with axe — desktop and phone.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

test("every process design page of DEMRE is accessible", async ({ page }) => {
  // 23 axe runs: about a minute on a quiet machine; at load 30 on two cores 120 s ran out.
  test.setTimeout(240_000);
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  const href = await page.locator('a[href^="/admin/prosesser/"]', { hasText: "DEMRE" }).first().getAttribute("href");
  expect(href).toMatch(/^\/admin\/prosesser\/[0-9a-f-]{36}$/);
  const base = href!;

  // The first «Endre …» page of the phases and the milestones, and the first activity, are
  // found on their list pages during the walk (not loaded an extra time to find them).
  const firstLinkHere = async (path: string, pattern: RegExp) => page.locator(`a[href*="${path}/"]`).filter({ hasText: pattern }).first().getAttribute("href");
  const follow: Record<string, () => Promise<string | null>> = {
    [`${base}/faser`]: () => firstLinkHere(`${base}/faser`, /^Endre /),
    [`${base}/fremdrift`]: () => firstLinkHere(`${base}/fremdrift`, /^Endre /),
    [`${base}/aktiviteter`]: () => page.getByRole("table").getByRole("link").first().getAttribute("href"),
  };
  const pages = [
    base,
    `${base}/rammer`,
    `${base}/faser`,
    `${base}/fremdrift`,
    `${base}/malgrupper`,
    `${base}/aktiviteter`,
    `${base}/aktiviteter/ny`,
    `${base}/aktiviteter?visning=kalender`,
    `${base}/publisering`,
    `${base}/logg`,
    `${base}/forhandsvisning`,
    "/admin/prosesser",
    "/admin/verktoybank",
    "/admin/temaplaner",
    "/admin/utsending",
  ];

  // These are also checked at 390 px, in the same visit: resized, not loaded again (the
  // activity found on the activities page too, see below).
  const phone = new Set([base, `${base}/faser`, `${base}/aktiviteter`, `${base}/publisering`]);
  for (const path of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const found = await follow[path]?.();
    if (follow[path]) {
      expect(found, `a link to follow on ${path}`).toBeTruthy();
      pages.push(found!);
      if (path === `${base}/aktiviteter`) phone.add(found!);
    }
    await expectPageBasics(page);
    await expectAccessible(page);
    if (!phone.has(path)) continue;
    const desktop = page.viewportSize()!;
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
    await expectAccessible(page);
    await page.setViewportSize(desktop);
  }
});

test("the citizen page of a process prints without the site chrome", async ({ page }) => {
  await page.goto("/prosesser/demre");
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header[data-site-header]")).toBeHidden();
  await expect(page.locator("footer[data-site-footer]")).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Fremdrift" })).toBeVisible();
});
