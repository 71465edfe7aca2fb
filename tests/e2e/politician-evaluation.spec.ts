import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Politicians evaluating the method after an activity, on the demo seed: Jonas
// (politiker@medvirk.test) took part in the neighbourhood conference on Fjell and has not
// evaluated it; the administration then closes evaluation. Eirik does the same without
// JavaScript on the day-centre visit. The steps build on each other.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const FJELL = "Nærmiljøkonferanse på Fjell";
const GULSKOGEN = "Besøk på dagsenteret for personer med demens på Gulskogen";
const EIRIK = "eirik.saether@medvirk.test";
const reminders = (page: Page) => page.getByRole("region", { name: "Venter på evaluering" });
const fitsPhone = async (page: Page) => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

test("a politician evaluates a past activity, fixing a mistake first; the reminder goes away", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
  const link = reminders(page).getByRole("link", { name: `Evaluer «${FJELL}»` });
  await expect(link).toBeVisible();
  await expectAccessible(page);

  await link.click();
  await expect(page).toHaveURL(/\/politiker\/aktiviteter\/[0-9a-f-]{36}\/evaluering$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluer metoden");
  await expect(page.getByRole("heading", { level: 2, name: FJELL })).toBeVisible();
  await expect(page.getByText("Fjell skole")).toBeVisible();
  await expectPageBasics(page);
  await expectAccessible(page);

  // The activity's own target groups come first.
  const groups = page.getByRole("group", { name: "Hvilke målgrupper nådde dere faktisk?" });
  await expect(groups.getByRole("checkbox").first()).toHaveAccessibleName(/\(aktivitetens målgruppe\)$/);

  await page.getByLabel("Timer til forberedelse").fill("250");
  await page.getByLabel("Timer til gjennomføring").fill("4");
  await page.getByLabel("Kostnader i kroner").fill("12 500");
  await page.getByLabel("Antall deltakere").fill("60");
  await groups.getByLabel("Innvandrere/nyankomne (aktivitetens målgruppe)").check();
  await groups.getByLabel("Eldre hjemmeboende").check();
  await page.getByLabel("Hva fungerte bra?").fill("Tolk og barnepass gjorde at mange kom.");
  await page.getByLabel("Hva fungerte mindre bra?").fill("Ungdommen gikk etter lunsj.");
  await page.getByLabel("5 – Ja, absolutt").check();
  await page.getByLabel("Kan metoden fungere i andre prosesser, og for hvilke målgrupper?").fill("I alle bydeler, også for eldre.");
  await page.getByRole("button", { name: "Lagre evalueringen" }).click();

  await expect(errorSummary(page)).toContainText("Antall timer må være mellom 0 og 200.");
  const hours = page.getByLabel("Timer til forberedelse");
  await expect(hours).toHaveAttribute("aria-invalid", "true");
  await expect(hours).toHaveAccessibleDescription(/mellom 0 og 200/);
  // What was typed is still there.
  await expect(hours).toHaveValue("250");
  await expect(page.getByLabel("Kostnader i kroner")).toHaveValue("12 500");
  await expect(page.getByLabel("Hva fungerte bra?")).toHaveValue("Tolk og barnepass gjorde at mange kom.");
  await expect(groups.getByLabel("Eldre hjemmeboende")).toBeChecked();
  await expect(page.getByLabel("5 – Ja, absolutt")).toBeChecked();
  await expectAccessible(page);

  await errorSummary(page).getByRole("link", { name: "Antall timer må være mellom 0 og 200." }).click();
  await hours.fill("2,5");
  await page.getByRole("button", { name: "Lagre evalueringen" }).click();
  await expect(page).toHaveURL(/\/evaluering\?lagret=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Evalueringen er lagret." })).toBeVisible();
  const saved = page.getByRole("region", { name: "Din evaluering" });
  await expect(saved).toContainText(/2,5\st/);
  await expect(saved).toContainText(/12\s500\skr/);
  await expect(saved).toContainText("Innvandrere/nyankomne, Eldre hjemmeboende");
  await expect(saved).toContainText("5 av 5");
  // The form is still there to change the answers, filled with what was saved.
  await expect(page.getByLabel("Timer til forberedelse")).toHaveValue("2,5");
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await fitsPhone(page);

  await page.goto("/politiker");
  await expect(page.getByRole("link", { name: `Evaluer «${FJELL}»` })).toHaveCount(0);
  await expectAccessible(page);
  await fitsPhone(page);
});

test("the administration sees the evaluations and closes evaluation; the politician can then only read", async ({ page, browser }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/admin\/prosesser\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/aktiviteter`);
  await page.getByRole("link", { name: FJELL }).click();
  await page.getByRole("link", { name: "Evalueringer av metoden" }).click();
  await expect(page).toHaveURL(/\/evalueringer$/);
  await expectPageBasics(page);
  await expect(page.getByText("Evalueringen er åpen.")).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Jonas Berntsen (Ap)" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Summer og gjennomsnitt for alle evalueringene" })).toContainText("Vil bruke metoden igjen (1–5)");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Steng evalueringen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Evalueringen er stengt." })).toBeVisible();
  await expect(page.getByText(/Evalueringen ble stengt/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Åpne evalueringen igjen" })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectAccessible(page);
  await fitsPhone(page);

  // A context of its own (axe needs one) with its own session.
  const context = await browser.newContext();
  const politician = await context.newPage();
  await signInWithSession(politician, ACCOUNTS.POLITICIAN.email);
  await politician.goto(page.url().replace(/^.*\/aktiviteter\/([0-9a-f-]{36})\/evalueringer.*$/, "/politiker/aktiviteter/$1/evaluering"));
  await expect(politician.getByText(/Administrasjonen stengte evalueringen/)).toBeVisible();
  await expect(politician.getByRole("region", { name: "Din evaluering" })).toContainText("Tolk og barnepass gjorde at mange kom.");
  await expect(politician.getByRole("button", { name: "Lagre evalueringen" })).toHaveCount(0);
  await expectAccessible(politician);
  await politician.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(politician);
  await fitsPhone(politician);
  await context.close();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form shows its errors and saves", async ({ page }) => {
    await signInWithSession(page, EIRIK);
    await reminders(page)
      .getByRole("link", { name: `Evaluer «${GULSKOGEN}»` })
      .click();
    await expect(page.getByRole("heading", { level: 2, name: GULSKOGEN })).toBeVisible();
    await page.getByLabel("Timer til forberedelse").fill("1");
    await page.getByLabel("Timer til gjennomføring").fill("2.5");
    await page.getByLabel("Kostnader i kroner").fill("0");
    await page.getByLabel("Antall deltakere").fill("-1");
    await page.getByLabel("Hva fungerte bra?").fill("Pårørende fortalte mye.");
    await page.getByRole("button", { name: "Lagre evalueringen" }).click();

    await expect(errorSummary(page)).toContainText("Antall deltakere må være mellom 0 og 100 000.");
    await expect(errorSummary(page)).toContainText("Velg et tall fra 1 til 5");
    await expect(page.getByLabel("Hva fungerte bra?")).toHaveValue("Pårørende fortalte mye.");
    await expect(page.getByLabel("Antall deltakere")).toHaveValue("-1");

    await page.getByLabel("Antall deltakere").fill("12");
    await page.getByLabel("3", { exact: true }).check();
    await page.getByRole("button", { name: "Lagre evalueringen" }).click();
    await expect(page).toHaveURL(/\/evaluering\?lagret=1$/);
    await expect(page.getByRole("region", { name: "Din evaluering" })).toContainText("3 av 5");
    await expect(page.getByRole("region", { name: "Din evaluering" })).toContainText(/2,5\st/);
  });
});
