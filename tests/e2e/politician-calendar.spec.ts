import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import ical from "node-ical";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Calendars for politicians, on the demo seed: the steps build on an activity this file makes
// itself (a method no other spec filters on), so other specs' demo rows stay as they are.
test.describe.configure({ mode: "serial" });

const TITLE = `Kalendertest: dialoglunsj på Strømsø, med «kaffe»; ${Date.now().toString(36)}`;
const PLACE = "Strømsø bydelshus, sal 2";
const REASON = "Lokalet er dobbeltbooket. Ny dato kommer.";
const POLITICIAN = "arne.fossum@medvirk.test";
const URL_FIELD = "Adressen til kalenderabonnementet ditt";

/** The day after tomorrow in Oslo, as the date part of a datetime-local value. */
const osloDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit" }).format(
  new Date(Date.now() + 2 * 86_400_000),
);
const osloTime = (d: Date) =>
  new Intl.DateTimeFormat("nb-NO", { timeZone: "Europe/Oslo", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" }).format(
    d,
  );

let activityUrl = "";
let firstFeed = "";
let feed = "";

const card = (scope: Page | Locator, title: string) => {
  const page = "context" in scope ? scope : scope.page();
  return scope.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title, exact: true }) });
};
const events = (text: string) => Object.values(ical.sync.parseICS(text)).filter((c): c is ical.VEvent => c?.type === "VEVENT");
const mine = (list: ical.VEvent[]) => list.find((e) => String(e.summary ?? "").includes(TITLE.slice(-8)));

async function atBothWidths(page: Page) {
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
}

test("an administrator makes an open activity (the one this file follows)", async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/prosesser");
  await page
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/admin\/prosesser\/[0-9a-f-]{36}/);
  const processUrl = page.url().match(/^.*\/admin\/prosesser\/[0-9a-f-]{36}/)![0];
  await page.goto(`${processUrl}/aktiviteter/ny`);
  await page.getByLabel("Metode fra verktøybanken").selectOption({ label: "Dialoglunsj" });
  await page.getByLabel("Tittel").fill(TITLE);
  await page.getByLabel("Starter").fill(`${osloDay}T18:00`);
  await page.getByLabel("Slutter").fill(`${osloDay}T20:00`);
  await page.getByLabel("Sted").fill(PLACE);
  await page.getByLabel("Antall plasser for politikere").fill("3");
  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Åpen for påmelding" });
  await page.getByRole("button", { name: "Opprett aktiviteten" }).click();
  await expect(page).toHaveURL(/aktiviteter\?lagret=1$/);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: "Avlys aktiviteten" })).toBeVisible();
  activityUrl = page.url();
});

test("a politician signs up and downloads the activity as an .ics file", async ({ page }) => {
  await signInWithSession(page, POLITICIAN);
  await page.goto("/politiker/aktiviteter");
  await card(page, TITLE).getByRole("button", { name: "Meld meg på" }).click();
  await expect(card(page, TITLE)).toContainText("Du er påmeldt.");

  await page.goto("/politiker");
  // The sr-only title after the label gets its own space in the accessible name, so match by text.
  const link = page.getByRole("link", { name: /Legg i kalenderen \(\.ics\)/ }).filter({ hasText: TITLE });
  const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^kalendertest-dialoglunsj-pa-stromso.*-${osloDay}\\.ics$`));
  const list = events(await readFile((await download.path())!, "utf8"));
  expect(list).toHaveLength(1);
  const e = list[0]!;
  expect(e.summary).toBe(TITLE);
  expect(e.location).toBe(PLACE);
  expect(e.status).toBe("CONFIRMED");
  expect(e.uid).toMatch(/^activity-[0-9a-f-]{36}@medvirk$/);
  // 18:00–20:00 Oslo time, whatever the season.
  expect(osloTime(e.start)).toContain("18:00");
  expect(osloTime(e.end!)).toContain("20:00");
});

test("a politician makes a subscription address, a calendar app fetches it without cookies, and renewing kills the old one", async ({ page, request }) => {
  await signInWithSession(page, POLITICIAN);
  const section = page.getByRole("region", { name: "Kalender", exact: true });
  await expect(section).toContainText("Du har ikke noe kalenderabonnement.");
  await section.getByRole("button", { name: "Lag abonnementsadresse" }).click();
  await expect(section.getByRole("status").first()).toContainText("Adressen er laget.");
  firstFeed = await section.getByLabel(URL_FIELD).inputValue();
  expect(firstFeed).toMatch(/^http:\/\/localhost:\d+\/kalender\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(section.getByRole("link", { name: "Åpne i kalenderappen" })).toHaveAttribute("href", firstFeed.replace(/^http:/, "webcal:"));
  await expectPageBasics(page);
  await atBothWidths(page);

  // `request` is its own context: no session cookie, like a calendar app.
  const res = await request.get(firstFeed);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const e = mine(events(await res.text()));
  expect(e?.summary).toBe(TITLE);
  expect(e?.status).toBe("CONFIRMED");

  // After a reload the address is not shown again; it can be renewed.
  await page.reload();
  await expect(section).toContainText("Abonnementet er på.");
  await expect(section.getByLabel(URL_FIELD)).toHaveCount(0);
  await section.getByRole("button", { name: "Lag ny adresse" }).click();
  await expect(section.getByLabel(URL_FIELD)).not.toHaveValue(firstFeed);
  feed = await section.getByLabel(URL_FIELD).inputValue();
  expect((await request.get(firstFeed)).status()).toBe(404);
  expect((await request.get(feed)).status()).toBe(200);
});

test("an administrator cancels the activity with a reason; the politician, the choose page and the feed all show it", async ({ page, browser, request }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto(activityUrl);
  const section = page.getByRole("region", { name: "Avlys aktiviteten" });
  await expect(section).toContainText("Den som er påmeldt eller på venteliste, ser det på sin side og i kalenderen sin.");
  await atBothWidths(page);
  // The reason is required.
  await section.getByRole("button", { name: "Avlys aktiviteten" }).click();
  await expect(errorSummary(page)).toContainText("Skriv hvorfor aktiviteten avlyses.");
  await section.getByLabel("Hvorfor avlyses aktiviteten?").fill(REASON);
  await section.getByRole("button", { name: "Avlys aktiviteten" }).click();
  await expect(section).toContainText("Aktiviteten er avlyst.");
  await expect(section).toContainText(`Grunn: ${REASON}`);
  // The edit form above now shows the new status and reason.
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("CANCELLED");
  await expect(page.getByLabel("Grunn til avlysning", { exact: true })).toHaveValue(REASON);
  await atBothWidths(page);

  const politician = await (await browser.newContext()).newPage();
  await signInWithSession(politician, POLITICIAN);
  const mineCard = card(politician.getByRole("region", { name: "Mine påmeldinger" }), TITLE);
  await expect(mineCard).toContainText("Avlyst");
  await expect(mineCard).toContainText(`Grunn til avlysning: ${REASON}`);
  await atBothWidths(politician);
  await politician.goto("/politiker/aktiviteter");
  const chooseCard = card(politician, TITLE);
  await expect(chooseCard).toContainText(`Grunn til avlysning: ${REASON}`);
  await expect(chooseCard.getByRole("button")).toHaveCount(0);
  await atBothWidths(politician);

  const e = mine(events(await (await request.get(feed)).text()));
  expect(e?.status).toBe("CANCELLED");
  expect(e?.summary).toBe(`Avlyst: ${TITLE}`);
  expect(e?.description).toContain(REASON);

  // Turning the subscription off makes the address a 404.
  await politician.goto("/politiker");
  await politician.getByRole("region", { name: "Kalender", exact: true }).getByRole("button", { name: "Slå av abonnementet" }).click();
  await expect(politician.getByRole("region", { name: "Kalender", exact: true })).toContainText("Abonnementet er slått av.");
  expect((await request.get(feed)).status()).toBe(404);
  await politician.context().close();
});

test("without JavaScript the address is made and shown once in a field whose text can be selected", async ({ browser, request }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithSession(page, POLITICIAN);
  const section = page.getByRole("region", { name: "Kalender", exact: true });
  await section.getByRole("button", { name: "Lag abonnementsadresse" }).click();
  const url = await page.getByRole("region", { name: "Kalender", exact: true }).getByLabel(URL_FIELD).inputValue();
  expect((await request.get(url)).status()).toBe(200);
  // No copy button without JavaScript (it could do nothing).
  await expect(page.getByRole("button", { name: "Kopier adressen" })).toHaveCount(0);
  await page.getByRole("region", { name: "Kalender", exact: true }).getByRole("button", { name: "Slå av abonnementet" }).click();
  await expect(page.getByRole("region", { name: "Kalender", exact: true })).toContainText("Abonnementet er slått av.");
  expect((await request.get(url)).status()).toBe(404);
  await context.close();
});
