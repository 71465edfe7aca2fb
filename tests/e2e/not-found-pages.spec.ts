import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, signInWithSession } from "./fixtures";

// Issue #16: a page whose resource does not exist must answer 404 with its message in the
// server's HTML. Next 16 renders notFound() thrown during a page's render as an empty
// <html id="__next_error__"> that only client JavaScript fills in, so these run without it.
const PUBLIC_MISSING = [
  { path: "/kvittering/ABCDE-23456", heading: "Vi fant ikke denne kvitteringskoden" },
  { path: "/prosesser/ukjent-slug", heading: "Vi fant ikke siden" },
  { path: "/prosesser/ukjent-slug/dette-har-vi-hort", heading: "Vi fant ikke siden" },
  { path: "/skjema/finnes-ikke", heading: "Vi fant ikke siden" },
];

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const { path, heading } of PUBLIC_MISSING) {
    test(`${path} answers 404 with its message rendered on the server`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(`${heading} – Medvirk`);
      await expect(page.locator("html")).toHaveAttribute("lang", "nb");
      // The address stays what the visitor typed (a rewrite, not a redirect).
      expect(new URL(page.url()).pathname).toBe(path);
    });
  }

  test("an unknown receipt code offers the lookup box again, in the page's language", async ({ page }) => {
    const response = await page.goto("/kvittering/ABCDE-23456");
    expect(response?.status()).toBe(404);
    await expect(page.getByLabel("Kvitteringskode", { exact: true })).toBeVisible();

    const nynorsk = await page.goto("/kvittering/ABCDE-23456?sprak=nn");
    expect(nynorsk?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fann ikkje denne kvitteringskoden");
  });

  test("an existing process and its form still open", async ({ page }) => {
    // The demo's own process and form: other specs publish processes without forms, so "the
    // first process on the front page" is not stable across the suite.
    expect((await page.goto("/"))?.status()).toBe(200);
    expect((await page.goto("/prosesser/demre"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Vi fant ikke siden");
    expect((await page.goto("/skjema/demre-innspill"))?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Vi fant ikke siden");
  });
});

// axe runs in the page, so this one has JavaScript.
test("the not-found page for an unknown process passes axe", async ({ page }) => {
  expect((await page.goto("/prosesser/ukjent-slug"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke siden");
  await expectAccessible(page);
});

// Signed-in pages decide what exists while they render; they send the browser to the
// server-rendered not-found and no-access pages (pageNotFound/pageForbidden in missing-pages.ts).
test.describe("staff pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const path of [
    "/admin/innspill/00000000-0000-4000-8000-000000000000",
    "/admin/prosesser/00000000-0000-4000-8000-000000000000/malgrupper",
    "/admin/verktoybank/00000000-0000-4000-8000-000000000000",
  ]) {
    test(`${path} answers 404 with its message rendered on the server`, async ({ page }) => {
      await signInWithSession(page, ACCOUNTS.ADMIN.email);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke siden");
      await expect(page).toHaveTitle("Vi fant ikke siden – Medvirk");
    });
  }

  test("another role's page answers 403 with the no-access page rendered on the server", async ({ page }) => {
    await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
    const response = await page.goto("/admin/innspill");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Du har ikke tilgang til denne siden");
    await expect(page).toHaveTitle("Du har ikke tilgang til denne siden – Medvirk");
    await expect(page.getByRole("link", { name: "Gå til din side" })).toHaveAttribute("href", "/politiker");
  });

  test("a made-up kind on the not-found path is ignored", async ({ page }) => {
    expect((await page.goto("/__ikke-funnet?hva=tull"))?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Vi fant ikke siden");
  });
});
