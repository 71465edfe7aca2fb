// E-mail in the browser (issue #22): a citizen who leaves an address (in nynorsk, without
// JavaScript) has a receipt waiting in the admin outbox — the demo has no SMTP server, so the
// outbox shows exactly what would be sent — and the message's unsubscribe link works without
// JavaScript and without signing in. The new pages pass axe; /konto has the e-mail choices.
import { expect, test } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, sessionFile, signInWithSession } from "./fixtures";

test("receipt in the outbox in nynorsk; its unsubscribe link works without JavaScript", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, extraHTTPHeaders: { "x-forwarded-for": "198.51.100.222" } });
  const citizen = await context.newPage();
  const email = `e2e-${Date.now()}@example.no`;
  await citizen.goto("/skjema/demre-innspill?sprak=nn");
  await citizen.getByRole("radio", { name: "Behov" }).check();
  await citizen.getByLabel("Innspelet ditt", { exact: true }).fill("Det trengst fleire benkar langs elva, så eldre kan kvile på turen.");
  await citizen.getByLabel("E-post").fill(email);
  await citizen.getByRole("checkbox", { name: /Eg samtykkjer/ }).check();
  await citizen.getByRole("button", { name: "Send innspel" }).click();
  await expect(citizen).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}/);

  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/utsending");
  await expectPageBasics(page);
  await expect(page.getByText("E-post er ikke satt opp på denne serveren")).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Kvittering for innspill");
  await expect(row).toContainText("Venter");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-post");
  await expect(page.getByText("Nynorsk", { exact: true })).toBeVisible();
  await expectAccessible(page);
  const body = (await page.locator("pre").first().textContent()) ?? "";
  expect(body).toContain("Takk for innspelet ditt");
  const link = new URL(/https?:\/\/\S+\/avmelding\?\S+/.exec(body)![0]);

  // The link, opened without JavaScript and without an account: confirm, then done.
  await citizen.goto(`${link.pathname}${link.search}`);
  await expectPageBasics(citizen, "nn");
  await expect(citizen.getByRole("heading", { level: 1 })).toHaveText("Meld deg av e-post");
  await expect(citizen.getByText(/e\*\*\*@example\.no/)).toBeVisible();
  // axe needs JavaScript: the same pages in the admin's (JS) browser; opening the link acts on nothing.
  await page.goto(`${link.pathname}${link.search}`);
  await expectAccessible(page);
  await citizen.getByRole("button", { name: "Meld meg av" }).click();
  await expect(citizen.getByText("Du er meld av.")).toBeVisible();
  await expect(citizen).toHaveURL(/\/avmelding\?ferdig=1&sprak=nn$/);
  await page.goto("/avmelding?ferdig=1&sprak=nn");
  await expectAccessible(page);

  // A forged link is refused with an explanation.
  await citizen.goto("/avmelding?t=00000000-0000-4000-8000-000000000000.AAAA&sprak=nn");
  await expect(citizen.getByText("Lenkja er ugyldig eller utgått.")).toBeVisible();
  await context.close();
});

test("/konto: a politician's e-mail choices are saved (without JavaScript too) and the page passes axe", async ({ browser }) => {
  test.setTimeout(90_000);
  const context = await browser.newContext({ javaScriptEnabled: false, storageState: sessionFile("arne.fossum@medvirk.test") });
  const page = await context.newPage();
  await page.goto("/konto");
  const group = page.getByRole("group", { name: "Jeg vil ha e-post om" });
  await expect(group.getByRole("checkbox")).toHaveCount(4);
  const withJs = await browser.newContext({ storageState: sessionFile("arne.fossum@medvirk.test") });
  const axePage = await withJs.newPage();
  await axePage.goto("/konto");
  await expectAccessible(axePage);
  await withJs.close();
  await group.getByRole("checkbox", { name: /påminnelser om å evaluere/ }).uncheck();
  await page.getByRole("button", { name: "Lagre e-postvalg" }).click();
  await expect(page.getByText("E-postvalgene er lagret.")).toBeVisible();
  await page.goto("/konto");
  await expect(page.getByRole("group", { name: "Jeg vil ha e-post om" }).getByRole("checkbox", { name: /påminnelser om å evaluere/ })).not.toBeChecked();
  await page.getByRole("group", { name: "Jeg vil ha e-post om" }).getByRole("checkbox", { name: /påminnelser om å evaluere/ }).check();
  await page.getByRole("button", { name: "Lagre e-postvalg" }).click();
  await expect(page.getByText("E-postvalgene er lagret.")).toBeVisible();
  await context.close();
});
