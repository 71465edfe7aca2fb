// What a citizen at 390 px without JavaScript meets on the form and process page in each
// language (issue 16, items 8 and 14): the consent sentence once, the active language shown,
// a too-long text measured, target groups marked as bokmål, English sentences and dates that
// read right, and a process page that says its content is in bokmål. (axe needs JavaScript;
// these pages are scanned with it in public-input*.spec.ts and public-pages.spec.ts.)
import { expect, test, type Browser, type Page } from "@playwright/test";
import { errorSummary, expectPageBasics } from "./fixtures";

const FORM = "/skjema/demre-innspill";
test.describe.configure({ timeout: 180_000 }); // axe on a long page, on a busy machine
let address = 0;
const citizenAddress = () => `203.0.113.${(Date.now() + address++) % 250}`;

async function phoneCitizen(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    viewport: { width: 390, height: 844 },
    extraHTTPHeaders: { "x-forwarded-for": citizenAddress() },
  });
  return context.newPage();
}

const fontWeight = (page: Page, name: string) =>
  page
    .getByRole("navigation", { name: /skjema|form/ })
    .getByRole("link", { name })
    .evaluate((el) => Number(getComputedStyle(el).fontWeight));

test("English form: one consent sentence, the active language stands out, options marked bokmål, errors in good English", async ({ browser }) => {
  const page = await phoneCitizen(browser);
  await page.goto(`${FORM}?sprak=en`);
  await expectPageBasics(page, "en");
  const nav = page.getByRole("navigation", { name: "Choose the form's language" });
  await expect(nav.getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "true");
  expect(await fontWeight(page, "English")).toBeGreaterThanOrEqual(700);
  expect(await fontWeight(page, "Bokmål")).toBeLessThan(700);

  const consent = "I consent to the municipality storing my contact details to be able to contact me about the input.";
  await expect(page.getByText(consent, { exact: true })).toHaveCount(1);
  await expect(page.getByRole("checkbox", { name: consent })).toHaveCount(1);
  await expect(page.getByRole("group", { name: consent })).toHaveCount(0);

  const groups = page.locator("select[name=malgruppe] option:not([value=''])");
  expect(await groups.count()).toBeGreaterThan(0);
  for (const lang of await groups.evaluateAll((os) => os.map((o) => o.getAttribute("lang")))) expect(lang).toBe("nb");
  await expect(page.getByText("The options are in Norwegian (bokmål).")).toBeVisible();

  await page.getByLabel("Your input", { exact: true }).fill("z".repeat(5234));
  await page.getByRole("button", { name: "Send input" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "To continue" })).toContainText("The form has one error. Correct it and try again.");
  await expect(page.locator("#felt-innspill-feil")).toHaveText("The text is 5,234 characters long. It can be at most 5,000 characters.");
});

test("bokmål form: the too-long message says how long the text is", async ({ browser }) => {
  const page = await phoneCitizen(browser);
  await page.goto(FORM);
  await page.getByLabel("Innspillet ditt", { exact: true }).fill("æ".repeat(5234));
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(errorSummary(page)).toContainText(/Teksten er 5\s234 tegn\. Den kan være høyst 5\s000 tegn\./);
  await expect(page.getByText("Jeg samtykker i at kommunen lagrer kontaktopplysningene mine", { exact: false })).toHaveCount(1);
});

test("English process page: says its content is in bokmål, marks it lang=nb, and shows dates the Norwegian way", async ({ browser }) => {
  const page = await phoneCitizen(browser);
  await page.goto("/");
  // The header shows the active language, and switching works without JavaScript.
  await expect(page.locator("header [aria-current=true]")).toHaveText("Norsk (bokmål)");
  await page.getByRole("button", { name: "Bytt språk til English" }).click();
  await expect(page.locator("header [aria-current=true]")).toHaveText("English");
  await expect(page.getByText("The content of this page is only available in Norwegian (bokmål).")).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: /DEMRE/ }).first()).toHaveAttribute("lang", "nb");
  await page.goto("/prosesser/demre");
  await expectPageBasics(page, "en");
  await expect(page.getByText("The content of this page is only available in Norwegian (bokmål).")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "nb");
  const main = (await page.getByRole("main").innerText()).replace(/\s+/g, " ");
  expect(main).not.toMatch(/\b(AM|PM)\b/);
  expect(main).not.toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}/);
  expect(main).toMatch(/\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
});

test("nynorsk form: target groups are marked bokmål and said so in nynorsk", async ({ browser }) => {
  const page = await phoneCitizen(browser);
  await page.goto(`${FORM}?sprak=nn`);
  await expect(page.getByText("Vala står på bokmål.")).toBeVisible();
  await expect(page.locator("select[name=malgruppe] option[lang=nb]").first()).toBeAttached();
  await expect(page.getByRole("navigation", { name: "Vel språk for skjemaet" }).getByRole("link", { name: "Nynorsk" })).toHaveAttribute("aria-current", "true");
});
