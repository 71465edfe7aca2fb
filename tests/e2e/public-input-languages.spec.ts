// The public form in nynorsk and bokmål: without JavaScript a citizen sends input, gets a
// receipt in the form's language and looks it up; bad input is kept and explained in that
// language. With JavaScript: a character counter and a draft kept in the browser. Every page
// is checked with axe in both languages, on a desktop and at 390 px.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { errorSummary, expectAccessible, expectPageBasics } from "./fixtures";

const FORM = "/skjema/demre-innspill";
const CODE_URL = /\/kvittering\/([A-Z2-9]{5}-[A-Z2-9]{5})/;

// Each test is its own citizen (own address), so the per-client rate limit never trips.
let address = 0;
const citizenAddress = () => `198.51.100.${(Date.now() + address++) % 250}`;

async function citizen(browser: Browser, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, extraHTTPHeaders: { "x-forwarded-for": citizenAddress() } });
  return context.newPage();
}

const receiptCode = async (page: Page) => (await page.locator("p.font-mono").textContent())!.trim();

/** The counter renders only once the page is interactive: wait for it before typing. */
const hydrated = (page: Page) => expect(page.locator("[data-counter=innspill]")).toBeVisible();

test.describe("without JavaScript", () => {
  test("nynorsk: errors in nynorsk keep what was typed; the receipt and the lookup are in nynorsk", async ({ browser }) => {
    const page = await citizen(browser, false);
    await page.goto(`${FORM}?sprak=nn`);
    await expectPageBasics(page, "nn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gi innspel: framtidas Drammen");
    await expect(page.getByRole("heading", { name: "Før du skriv: personvern" })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Vel språk for skjemaet" }).getByRole("link", { name: "Nynorsk" })).toHaveAttribute(
      "aria-current",
      "true",
    );

    // Missing text, and an e-mail address without consent.
    await page.getByRole("radio", { name: "Behov" }).check();
    await page.getByLabel("Kva bydel gjeld det? (valfritt)").selectOption({ label: "Konnerud" });
    await page.getByLabel("E-post").fill("kari@example.no");
    await page.getByRole("button", { name: "Send innspel" }).click();
    await expect(errorSummary(page)).toContainText("For å gå vidare må du rette opp i dette:");
    await expect(errorSummary(page)).toContainText("Skjemaet har 2 feil.");
    await expect(errorSummary(page)).toContainText("Skriv innspelet ditt.");
    await expect(errorSummary(page)).toContainText("Kryss av for samtykke viss vi skal lagre kontaktopplysningane dine");
    await expect(page.locator("#felt-innspill-feil")).toHaveText("Skriv innspelet ditt.");
    await expect(page.getByRole("radio", { name: "Behov" })).toBeChecked();
    await expect(page.getByLabel("Kva bydel gjeld det? (valfritt)")).not.toHaveValue("");
    await expect(page.getByLabel("E-post")).toHaveValue("kari@example.no");

    // Too long: the text is kept whole (no maxlength cuts it) and the limit is named.
    const tooLong = `Benkane langs elva er for få. ${"x".repeat(5000)}`;
    await page.getByLabel("Innspelet ditt", { exact: true }).fill(tooLong);
    await page.getByLabel("E-post").fill("");
    await page.getByRole("button", { name: "Send innspel" }).click();
    await expect(errorSummary(page)).toContainText(/Teksten er 5\s030 teikn\. Han kan vere høgst 5\s000 teikn\./);
    await expect(page.locator("#felt-innspill-feil")).toHaveText(/Teksten er 5\s030 teikn\. Han kan vere høgst 5\s000 teikn\./);
    await expect(page.getByLabel("Innspelet ditt", { exact: true })).toHaveValue(tooLong);

    await page.getByLabel("Innspelet ditt", { exact: true }).fill("Det trengst fleire benkar langs elva, så eldre kan kvile på turen.");
    await page.getByRole("button", { name: "Send innspel" }).click();
    await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1&sprak=nn$/);
    await expectPageBasics(page, "nn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takk for innspelet ditt!");
    await expect(page.getByText("Motteke", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Kva skjer no?" })).toBeVisible();
    const code = await receiptCode(page);

    // The lookup box on the receipt keeps nynorsk, and accepts the code as written on paper.
    await page.getByLabel("Kvitteringskode", { exact: true }).fill(code.toLowerCase().replace("-", " "));
    await page.getByRole("button", { name: "Vis status" }).click();
    await expect(page).toHaveURL(new RegExp(`/kvittering/${code}\\?sprak=nn$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kvittering for innspel");

    // The receipt's own address: in the visitor's language (bokmål here) unless asked for nynorsk.
    await page.goto(`/kvittering/${code}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kvittering for innspill");
    await page.goto(`/kvittering/${code}?sprak=nn`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kvittering for innspel");
    await page.goto("/kvittering?sprak=nn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Finn innspelet ditt");
    await page.getByLabel("Kvitteringskode", { exact: true }).fill("123");
    await page.getByRole("button", { name: "Vis status" }).click();
    await expect(page.getByText("Koden har ikkje rett form.")).toBeVisible();
    await page.context().close();
  });

  test("bokmål: a too long text is kept and explained; the receipt can be looked up", async ({ browser }) => {
    const page = await citizen(browser, false);
    await page.goto(FORM);
    await expectPageBasics(page, "nb");
    const tooLong = "y".repeat(5001);
    await page.getByLabel("Innspillet ditt", { exact: true }).fill(tooLong);
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(errorSummary(page)).toContainText(/Teksten er 5\s001 tegn\. Den kan være høyst 5\s000 tegn\./);
    await expect(page.getByLabel("Innspillet ditt", { exact: true })).toHaveValue(tooLong);

    await page.getByLabel("Innspillet ditt", { exact: true }).fill("Det er for lite lys på gangveien ved Fjell skole om vinteren.");
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takk for innspillet ditt!");
    const code = await receiptCode(page);

    await page.goto("/kvittering");
    await page.getByLabel("Kvitteringskode", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Vis status" }).click();
    await expect(page).toHaveURL(new RegExp(`/kvittering/${code}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kvittering for innspill");
    await expect(page.getByText("Mottatt", { exact: true })).toBeVisible();
    await page.context().close();
  });

  test("a visitor who chose nynorsk in the header gets the form and the receipt in nynorsk", async ({ browser }) => {
    const page = await citizen(browser, false);
    await page.goto("/prosesser/demre");
    await page.getByRole("button", { name: "Bytt språk til Norsk (nynorsk)" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "nn");
    await expect(page.getByRole("navigation", { name: "Hovudmeny" }).getByRole("link", { name: "Prosessar" })).toBeVisible();

    await page.goto(FORM);
    await expectPageBasics(page, "nn");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gi innspel: framtidas Drammen");
    await page.getByLabel("Innspelet ditt", { exact: true }).fill("Fleire møteplassar for unge på Strømsø, takk.");
    await page.getByRole("button", { name: "Send innspel" }).click();
    // Her own language already: no ?sprak= needed.
    await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takk for innspelet ditt!");

    // The privacy and accessibility statements are in nynorsk too.
    await page.goto("/personvern");
    await expectPageBasics(page, "nn");
    await expect(page.getByRole("heading", { name: "Kven er ansvarleg for opplysningane?" })).toBeVisible();
    await page.goto("/tilgjengelighet");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilgjengelegheitserklæring for Medvirk");

    // The header's switch wins over a ?sprak= in the address.
    await page.goto(`${FORM}?sprak=nn`);
    await page.getByRole("button", { name: "Byt språk til Norsk (bokmål)" }).click();
    await expect(page).toHaveURL(new RegExp(`${FORM}$`));
    await expect(page.locator("html")).toHaveAttribute("lang", "nb");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gi innspill: framtidens Drammen");
    await page.context().close();
  });
});

test.describe("with JavaScript", () => {
  test("a character counter follows the text and says when it is too long", async ({ browser }) => {
    const page = await citizen(browser, true);
    await page.goto(FORM);
    await hydrated(page);
    const field = page.getByLabel("Innspillet ditt", { exact: true });
    const counter = page.locator("[data-counter=innspill]");
    await expect(counter.locator("[aria-hidden=true]")).toHaveText(/^0 av 5\s000 tegn$/);
    await field.fill("Hei");
    await expect(counter.locator("[aria-hidden=true]")).toHaveText(/^3 av 5\s000 tegn$/);
    // Screen readers hear it once typing pauses, politely.
    await expect(counter.locator("[aria-live=polite]")).toHaveText(/^3 av 5\s000 tegn$/);
    await field.fill("z".repeat(5002));
    await expect(counter.locator("[aria-hidden=true]")).toHaveText(/^5\s002 av 5\s000 tegn – 2 for mye$/);

    await page.goto(`${FORM}?sprak=nn`);
    await hydrated(page);
    await page.getByLabel("Innspelet ditt", { exact: true }).fill("Hei på deg");
    await expect(page.locator("[data-counter=innspill] [aria-hidden=true]")).toHaveText(/^10 av 5\s000 teikn$/);
    await page.context().close();
  });

  test("a draft survives a reload without the contact details, can be cleared, and is gone after sending", async ({ browser }) => {
    test.slow(); // several page loads on a shared machine
    const page = await citizen(browser, true);
    const draft = () => page.evaluate(() => window.localStorage.getItem("medvirk:utkast:demre-innspill:nb"));
    const text = "Det bør gå buss til Konnerud etter klokka ti om kvelden.";
    await page.goto(FORM);
    await hydrated(page);
    await page.getByRole("radio", { name: "Behov" }).check();
    await page.getByLabel("Innspillet ditt", { exact: true }).fill(text);
    await page.getByLabel("Navn").fill("Kari Nordmann");
    await page.getByLabel("E-post").fill("kari@example.no");
    await expect.poll(draft).toContain("Konnerud");
    expect(await draft()).not.toContain("kari@example.no");
    expect(await draft()).not.toContain("Kari Nordmann");

    await page.reload();
    await expect(page.getByText("Vi har hentet fram utkastet du skrev sist")).toBeVisible();
    await expect(page.getByLabel("Innspillet ditt", { exact: true })).toHaveValue(text);
    await expect(page.getByRole("radio", { name: "Behov" })).toBeChecked();
    await expect(page.getByLabel("E-post")).toHaveValue("");
    await expect(page.locator("[data-counter=innspill] [aria-hidden=true]")).toHaveText(new RegExp(`^${text.length} av 5\\s000 tegn$`));
    await expectAccessible(page);

    // "Tøm utkastet" empties the fields and forgets the draft.
    await page.getByRole("button", { name: "Tøm utkastet" }).click();
    await expect(page.getByText("Utkastet er tømt.")).toBeVisible();
    await expect(page.getByLabel("Innspillet ditt", { exact: true })).toHaveValue("");
    await expect(page.getByRole("radio", { name: "Behov" })).not.toBeChecked();
    expect(await draft()).toBeNull();

    // A draft per language: the nynorsk form does not see the bokmål one.
    await page.getByLabel("Innspillet ditt", { exact: true }).fill(text);
    await expect.poll(draft).toContain("Konnerud");
    await page.goto(`${FORM}?sprak=nn`);
    await hydrated(page);
    await expect(page.getByLabel("Innspelet ditt", { exact: true })).toHaveValue("");

    await page.goto(FORM);
    await hydrated(page);
    await expect(page.getByLabel("Innspillet ditt", { exact: true })).toHaveValue(text);
    await page.getByRole("button", { name: "Send innspill" }).click();
    await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
    await expect.poll(draft).toBeNull();
    await page.goto(FORM);
    await hydrated(page);
    await expect(page.getByLabel("Innspillet ditt", { exact: true })).toHaveValue("");
    await expect(page.getByText("Vi har hentet fram utkastet du skrev sist")).toHaveCount(0);
    await page.context().close();
  });
});

for (const [language, t] of [
  ["nb", { label: "Innspillet ditt", submit: "Send innspill", thanks: "Takk for innspillet ditt!", lookup: "Finn innspillet ditt" }],
  ["nn", { label: "Innspelet ditt", submit: "Send innspel", thanks: "Takk for innspelet ditt!", lookup: "Finn innspelet ditt" }],
] as const) {
  for (const width of [1280, 390]) {
    test(`form, errors, receipt and lookup are accessible in ${language} at ${width} px`, async ({ browser }) => {
      test.slow(); // four axe scans
      const page = await citizen(browser, true);
      await page.setViewportSize({ width, height: 900 });
      const noSideScroll = async () =>
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await page.goto(`${FORM}?sprak=${language}`);
      await hydrated(page);
      await expectPageBasics(page, language);
      await noSideScroll();
      await expectAccessible(page);

      await page.getByRole("button", { name: t.submit }).click();
      await expect(errorSummary(page)).toBeFocused();
      await noSideScroll();
      await expectAccessible(page);

      await page.getByLabel(t.label, { exact: true }).fill(`Universell utforming av gangvegar (${language}, ${width}).`);
      await page.getByRole("button", { name: t.submit }).click();
      await expect(page).toHaveURL(CODE_URL);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.thanks);
      await expectPageBasics(page, language);
      await noSideScroll();
      await expectAccessible(page);

      await page.goto(`/kvittering?sprak=${language}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.lookup);
      await noSideScroll();
      await expectAccessible(page);
      await page.context().close();
    });
  }
}
