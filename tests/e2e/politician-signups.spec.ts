import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Politicians choosing activities, on the demo seed. The steps build on each other: the
// gjestebud in Mjøndalen has 2 places and one politician signed up by the seed.
test.describe.configure({ mode: "serial" });

const GJESTEBUD = "Gjestebud i Mjøndalen: kaffe og prat om å bo hjemme lenge";
const SINDRE = "sindre.aas@medvirk.test";
const card = (scope: Page | Locator, title: string) => {
  const page = "context" in scope ? scope : scope.page();
  return scope.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
};
const mine = (page: Page) => page.getByRole("region", { name: "Mine påmeldinger" });

test("a politician filters the activities and signs up; it shows on their page", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
  await page.getByRole("link", { name: "Velg aktiviteter" }).click();
  await expect(page).toHaveURL(/\/politiker\/aktiviteter$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Velg aktiviteter");
  await expectPageBasics(page);
  await expectAccessible(page);
  // Target groups of one kind are one choice in the filter, not near-twins.
  const groupNames = await page.getByLabel("Målgruppe").locator("option").allTextContents();
  expect(groupNames).toContain("Innvandrere og nyankomne");
  expect(groupNames).not.toContain("Innvandrere/nyankomne");

  await page.getByLabel("Metode", { exact: true }).selectOption({ label: "Gjestebud" });
  await page.getByRole("button", { name: "Filtrer" }).click();
  await expect(page).toHaveURL(/metode=/);
  const results = page.getByRole("region", { name: "Aktiviteter" });
  await expect(results.getByRole("heading", { level: 3 })).toHaveText([GJESTEBUD]);
  const gjestebud = card(page, GJESTEBUD);
  await expect(gjestebud).toContainText("Gjestebud (Tid: Lav · Penger: Lav · Innsats: Middels)");
  await expect(gjestebud).toContainText("1 av 2 plasser ledig");
  await expect(gjestebud).toContainText("Eldre hjemmeboende");

  // Each card's button names its activity (three «Meld meg på» in a row say nothing apart).
  await expect(gjestebud.getByRole("button", { name: `Meld meg på: ${GJESTEBUD}`, exact: true })).toBeVisible();
  await gjestebud.getByRole("button", { name: "Meld meg på" }).click();
  await expect(gjestebud).toContainText("Du er påmeldt.");
  await expect(gjestebud).toContainText("Fullt (2 av 2 plasser)");
  await expect(gjestebud.getByRole("button", { name: `Meld meg av: ${GJESTEBUD}`, exact: true })).toBeVisible();
  await expect(gjestebud).toContainText("Jonas Berntsen (Ap)");

  // Grouped by method, the method is a heading of its own.
  await page.goto("/politiker/aktiviteter?visning=metode");
  await expect(page.getByRole("heading", { level: 3, name: /^Gjestebud/ })).toBeVisible();
  await expectAccessible(page);

  await page.goto("/politiker");
  await expect(card(page, GJESTEBUD)).toContainText("Påmeldt");
  await expectAccessible(page);
});

test("another politician finds it full, joins the waitlist and sees the position", async ({ page }) => {
  await signInWithSession(page, SINDRE);
  await page.goto("/politiker/aktiviteter?ledige=1");
  await expect(page.getByRole("heading", { name: GJESTEBUD })).toHaveCount(0);
  await page.goto("/politiker/aktiviteter");
  const gjestebud = card(page, GJESTEBUD);
  await gjestebud.getByRole("button", { name: "Sett meg på venteliste" }).click();
  await expect(gjestebud).toContainText("Du er nr. 1 på ventelisten.");
  await expect(gjestebud.getByRole("button", { name: "Meld meg av" })).toBeVisible();
  await page.goto("/politiker");
  await expect(card(mine(page), GJESTEBUD)).toContainText("Nr. 1 på ventelisten");
});

test("withdrawing promotes the first on the waitlist, who sees it", async ({ page, browser }) => {
  await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
  await page.goto("/politiker/aktiviteter");
  await card(page, GJESTEBUD).getByRole("button", { name: "Meld meg av" }).click();
  await expect(card(page, GJESTEBUD).getByRole("button", { name: "Sett meg på venteliste" })).toBeVisible();

  const other = await browser.newPage();
  await signInWithSession(other, SINDRE);
  await expect(card(mine(other), GJESTEBUD)).toContainText("Du har fått plass");
  await other.close();
});

test("an administrator adds and removes politicians and downloads the list", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/admin\/prosesser\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/aktiviteter`);
  await page.getByRole("link", { name: GJESTEBUD }).click();
  await page.getByRole("link", { name: "Påmeldinger og venteliste" }).click();
  await expect(page).toHaveURL(/\/pameldinger$/);
  await expectPageBasics(page);
  await expectAccessible(page);
  await expect(page.getByText("2 av 2 plasser er tatt.")).toBeVisible();

  await page.getByLabel("Politiker", { exact: true }).selectOption({ label: "Fatima Rahimi (SV)" });
  await page.getByRole("button", { name: "Meld på", exact: true }).click();
  await expect(page.getByText("Aktiviteten er full. Politikeren står på ventelisten.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Venteliste", exact: true })).toContainText("Fatima Rahimi");

  await page.getByRole("button", { name: "Fjern Sindre Aas" }).click();
  await expect(page.getByText("Første på ventelisten har fått plassen.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Påmeldte", exact: true })).toContainText("Fatima Rahimi");
  await expect(page.getByText("Ingen står på venteliste.")).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned påmeldingslisten (CSV)" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.startsWith("\uFEFFStatus;Nr.;Navn")).toBe(true);
  expect(csv).toContain("Påmeldt;2;Fatima Rahimi;Sosialistisk Venstreparti");

  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("an administrator gives the activity one more place and the first on the waitlist gets it", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/admin\/prosesser\/[0-9a-f-]{36}$/);
  await page.goto(`${new URL(page.url()).pathname}/aktiviteter`);
  await page.getByRole("link", { name: GJESTEBUD }).click();
  await expect(page).toHaveURL(/\/aktiviteter\/[0-9a-f-]{36}$/);
  const activityPath = new URL(page.url()).pathname;
  await page.goto(`${activityPath}/pameldinger`);
  await page.getByLabel("Politiker", { exact: true }).selectOption({ label: "Sindre Aas (FrP)" });
  await page.getByRole("button", { name: "Meld på", exact: true }).click();
  await expect(page.getByRole("region", { name: "Venteliste", exact: true })).toContainText("Sindre Aas");

  await page.goto(activityPath);
  await page.getByLabel("Antall plasser for politikere").fill("3");
  await page.getByRole("button", { name: "Lagre aktiviteten" }).click();
  await expect(page.getByText("Aktiviteten er lagret.")).toBeVisible();

  await page.goto(`${activityPath}/pameldinger`);
  await expect(page.getByText("3 av 3 plasser er tatt.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Påmeldte", exact: true })).toContainText("Sindre Aas");
  await expect(page.getByText("Ingen står på venteliste.")).toBeVisible();
});

test("the new pages are accessible and fit a 390 px wide phone", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
  for (const path of ["/politiker", "/politiker/aktiviteter", "/politiker/aktiviteter?visning=metode"]) {
    await page.goto(path);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  }
});
