// E-mail in the browser (issue #22), against the real SMTP server the e2e server starts
// (scripts/e2e-server.ts; what arrives is read from tests/support/mailbox.ts): a citizen who
// leaves an address (in nynorsk, without JavaScript) gets the receipt, which the admin outbox
// shows as sent — the HTML as received in a sandboxed frame and the plain text — and its
// unsubscribe link works without JavaScript and without signing in. Then the whole loop: two
// citizens (nynorsk, English) and one who gives no consent submit; an admin answers in the
// inbox and publishes «Dette har vi hørt» in the browser; each consenting citizen receives the
// receipt, the answer and the publication once, in their language, with nothing of anyone
// else's; the one without consent receives nothing. The pages pass axe at 1280 and 390 px.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, sessionFile, signInWithSession } from "./fixtures";
import { mailsTo, waitForMails } from "./mailbox";

const PROCESS = "DEMRE – Demokratiske innovasjoner og responsive politikere";
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

  // It arrives, in nynorsk, with the one-click unsubscribe header.
  const [receipt] = await waitForMails(email, 1);
  expect(receipt).toMatchObject({ language: "nn", subject: `Kvittering for innspelet ditt – ${PROCESS}` });
  expect(receipt!.listUnsubscribe).toMatch(/^<https?:\/\/\S+\/avmelding\/utfor\?t=/);
  // In the municipality's name; plain text and HTML; no images, so no tracking pixels.
  expect(receipt!.from).toMatch(/^"?Drammen kommune"? <medvirk@kommune.test>$/);
  expect(receipt!.html).toContain("Drammen kommune");
  expect(receipt!.html).not.toMatch(/<img|url\(/i);

  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/utsending");
  await expectPageBasics(page);
  await expectAccessible(page);
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Kvittering for innspelet ditt");
  await expect(row).toContainText("Sendt");
  await row.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-post");
  await expect(page.getByText("Nynorsk", { exact: true })).toBeVisible();
  const body = (await page.locator("pre").first().textContent()) ?? "";
  expect(body).toBe(receipt!.text.trim());
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
  await page
    .getByRole("group", { name: "Jeg vil ha e-post om" })
    .getByRole("checkbox", { name: /påminnelser om å evaluere/ })
    .check();
  await page.getByRole("button", { name: "Lagre e-postvalg" }).click();
  await expect(page.getByText("E-postvalgene er lagret.")).toBeVisible();
  await context.close();
});

type Citizen = { lang: "nb" | "nn" | "en"; email: string; text: string; code?: string };

/** Submits the DEMRE form without JavaScript in `lang`; `consent: false` first tries the address without the box ticked. */
async function submitAs(browser: Browser, who: Citizen, consent = true): Promise<string> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    extraHTTPHeaders: { "x-forwarded-for": `198.51.100.${who.lang === "en" ? 231 : who.lang === "nn" ? 232 : 233}` },
  });
  const page = await context.newPage();
  await page.goto(`/skjema/demre-innspill?sprak=${who.lang}`);
  await page.getByRole("radio").first().check();
  await page.locator("[name=innspill]").fill(who.text);
  await page.locator("[name=kontakt_email]").fill(who.email);
  const send = page.getByRole("button", { name: /^Send in/ });
  if (consent) {
    await page.locator("[name=kontakt_consent]").check();
  } else {
    // An address without consent is refused at the field; the citizen sends without it.
    await send.click();
    await expect(page.locator("[name=kontakt_email]")).toHaveValue(who.email);
    await expect(errorSummary(page)).toContainText("Kryss av for samtykke hvis vi skal lagre kontaktopplysningene dine");
    await page.locator("[name=kontakt_email]").fill("");
  }
  await send.click();
  await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}/);
  const code = /\/kvittering\/([A-Z2-9-]+)/.exec(page.url())![1]!;
  await context.close();
  return code;
}

/** The admin opens the citizen's input in the inbox (filtered by its language) and saves a status and answer. */
async function answer(page: Page, who: Citizen, status: string, response: string) {
  await page.goto(`/admin/innspill?sprak=${who.lang}`);
  await page
    .getByRole("row")
    .filter({ hasText: who.text.slice(0, 50) })
    .getByRole("link", { name: /Åpne innspillet/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Innspill ${who.code}`);
  await page.getByLabel("Status", { exact: true }).selectOption(status);
  if (response) await page.getByRole("textbox", { name: "Svar til innbyggeren" }).fill(response);
  await page.getByRole("button", { name: "Lagre status og svar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status og svar er lagret." })).toBeVisible();
}

test("the loop in the browser: receipt, answer and «Dette har vi hørt» arrive once each in the citizen's language; no consent, no mail", async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now().toString(36);
  const nn: Citizen = {
    lang: "nn",
    email: `sigrid-${stamp}@example.no`,
    text: `Vi treng ein leikeplass ved Fjell skule (${stamp}), borna har ingen stad å vere etter skuletid.`,
  };
  const en: Citizen = {
    lang: "en",
    email: `sam-${stamp}@example.org`,
    text: `Please light the path along the river (${stamp}); it is too dark to walk there in winter.`,
  };
  const nb: Citizen = { lang: "nb", email: `ola-${stamp}@example.no`, text: `Det trengs flere søppelbøtter på Bragernes torg (${stamp}), særlig om sommeren.` };
  nn.code = await submitAs(browser, nn);
  en.code = await submitAs(browser, en);
  nb.code = await submitAs(browser, nb, false);

  // The receipts arrive at once (the worker ticks every second).
  expect((await waitForMails(nn.email, 1))[0]).toMatchObject({ language: "nn", subject: `Kvittering for innspelet ditt – ${PROCESS}` });
  expect((await waitForMails(en.email, 1))[0]).toMatchObject({ language: "en", subject: `Receipt for your input – ${PROCESS}` });

  // The admin answers both in the inbox, and publishes «Dette har vi hørt» again.
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  const NN_ANSWER = `Vi tek leikeplassen med i planen for Fjell (${stamp}).`;
  await answer(page, nn, "USED", NN_ANSWER);
  await answer(page, en, "USED", "");
  await answer(page, { ...nb, lang: "nb" }, "USED", "Vi ser på det.");
  await signInWithSession(page, ACCOUNTS.ADMIN.email); // back on the admin's landing page, which links DEMRE
  const href = await page.locator('a[href^="/admin/prosesser/"]', { hasText: "DEMRE" }).first().getAttribute("href");
  await page.goto(`${href}/dette-har-vi-hort`);
  const unpublish = page.getByRole("button", { name: "Avpubliser siden" });
  if (await unpublish.count()) {
    await unpublish.click();
    await expect(page.getByRole("status").filter({ hasText: "Siden er avpublisert." })).toBeVisible();
  }
  await page.getByRole("button", { name: "Publiser siden" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Siden er publisert." })).toBeVisible();

  // Three each, in order, in their language; each once.
  const nnMails = await waitForMails(nn.email, 3);
  const enMails = await waitForMails(en.email, 3);
  await page.waitForTimeout(3_000); // anything sent twice would arrive within a few ticks
  expect(mailsTo(nn.email).map((m) => [m.language, m.subject])).toEqual([
    ["nn", `Kvittering for innspelet ditt – ${PROCESS}`],
    ["nn", `Nytt om innspelet ditt – ${PROCESS}`],
    ["nn", `Dette har vi høyrt – ${PROCESS}`],
  ]);
  expect(mailsTo(en.email).map((m) => [m.language, m.subject])).toEqual([
    ["en", `Receipt for your input – ${PROCESS}`],
    ["en", `News about your input – ${PROCESS}`],
    ["en", `What we heard – ${PROCESS}`],
  ]);
  expect(nnMails[0]!.text).toContain(nn.code);
  expect(nnMails[1]!.text).toContain(NN_ANSWER);
  expect(nnMails[2]!.text).toContain("/prosesser/demre/dette-har-vi-hort?sprak=nn");
  expect(enMails[2]!.text).toContain("/prosesser/demre/dette-har-vi-hort?sprak=en");
  for (const [mine, other] of [
    [nnMails, en],
    [enMails, nn],
  ] as const) {
    for (const m of mine) {
      expect(m.html).toMatch(/^<!DOCTYPE html>\s*<html lang="(nn|en)">/);
      expect(m.html).not.toMatch(/<img|<script/i);
      expect(m.listUnsubscribe).toMatch(/\/avmelding\/utfor\?t=/);
      // Nothing of the other citizen: their address, code or words.
      for (const text of [m.text, m.html]) for (const secret of [other.email, other.code!, other.text.slice(0, 30)]) expect(text).not.toContain(secret);
    }
  }
  // No consent, no address kept: nothing, though the input was answered and the page published.
  expect(mailsTo(nb.email)).toEqual([]);

  // The admin outbox shows them as sent; the message page shows the HTML as received.
  await page.goto("/admin/utsending?status=SENT");
  await expect(page.getByRole("row").filter({ hasText: nb.email })).toHaveCount(0);
  const heard = page.getByRole("row").filter({ hasText: nn.email }).filter({ hasText: "Dette har vi høyrt" });
  await expect(heard).toHaveCount(1);
  await heard.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("E-post");
  const frame = page.locator("iframe");
  await expect(frame).toHaveAttribute("title", `E-posten som HTML: Dette har vi høyrt – ${PROCESS}`);
  await expect(frame).toHaveAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
  const inside = page.frameLocator("iframe");
  await expect(inside.locator("html")).toHaveAttribute("lang", "nn");
  await expect(inside.getByRole("link", { name: "Les «Dette har vi høyrt»" })).toHaveAttribute("href", /\/prosesser\/demre\/dette-har-vi-hort\?sprak=nn$/);
  await expect(page.getByRole("heading", { name: "Ren tekst" })).toBeVisible();
  expect((await page.locator("pre").first().textContent())!.trim()).toBe(nnMails[2]!.text.trim());
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
