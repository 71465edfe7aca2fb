import { expect, test, type Browser, type Locator, type Page } from "@playwright/test";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Triage in the knowledge base on the demo seed. The administrator works BY KEYBOARD ONLY
// (Tab, Space, Enter, arrow keys and the page's shortcuts; no mouse): category, topic, plan,
// "Ferdig – neste", then a bulk action on two selected rows, and renames and merges topics.
// The inputs are whichever are first in the queue (other specs change data, so nothing
// assumes global counts); the topics are made here with a unique suffix.
test.describe.configure({ mode: "serial", timeout: 240_000 });
// Saves redirect and re-render the page; on this busy shared machine that can take a while.
const slow = expect.configure({ timeout: 20_000 });

const QUEUE = "/admin/kunnskapsbase";
const TOPICS = "/admin/kunnskapsbase/emner";
const run = Date.now().toString(36);
const A = `E2E Gatelys ${run}`;
const A_RENAMED = `E2E Gatelys og stier ${run}`;
const B = `E2E Lys ${run}`;
let firstInput = "";
const notice = (page: Page) => page.locator("#sortering-melding");

/**
 * Presses Tab until `target` has focus (a keyboard user's path, no mouse, no focus()). The target
 * is looked up once: a role-and-name locator asked after every key (about 200 keys in the queue
 * test) made the page compute the accessible names again each time, 34–79 ms a check against
 * 11–42 ms for the element itself (load 11–14).
 */
async function tabTo(page: Page, target: Locator, max = 500) {
  await slow(target).toBeVisible();
  const element = await target.elementHandle();
  for (let i = 0; i < max; i++) {
    if (await element!.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

/** Picks an option of a focused <select> with the arrow keys. */
async function arrowTo(page: Page, select: Locator, label: string, max = 80) {
  await tabTo(page, select);
  for (let i = 0; i < max; i++) {
    if ((await select.evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? "")) === label) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`option ${label} not reached`);
}

async function signInAdmin(page: Page) {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
}

async function checkBothWidths(page: Page) {
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("topics: create two topics (axe at 1280 and 390 px)", async ({ page }) => {
  await signInAdmin(page);
  await page.goto(TOPICS);
  await slow(page.getByRole("heading", { level: 1 })).toHaveText("Emner");
  await slow(page.getByTestId("emne-transport")).toContainText("Transport og kollektiv");
  await checkBothWidths(page);
  for (const name of [A, B]) {
    const form = page.getByRole("region", { name: "Nytt emne" });
    await form.getByLabel("Navn").fill(name);
    await form.getByLabel("Navn").press("Enter");
    await slow(page.locator("#emner-melding")).toHaveText("Emnet er opprettet.");
    await slow(page.getByRole("heading", { level: 3, name })).toBeVisible();
  }
  // A duplicate name is refused at the field, and what was typed stays.
  const form = page.getByRole("region", { name: "Nytt emne" });
  await form.getByLabel("Navn").fill(B.toLowerCase());
  await form.getByLabel("Navn").press("Enter");
  await slow(form.getByRole("alert")).toContainText("finnes allerede");
  await slow(form.getByLabel("Navn")).toHaveValue(B.toLowerCase());
});

test("the queue and one input, by keyboard only: category, topic, plan, Ferdig – neste", async ({ page }) => {
  await signInAdmin(page);
  await page.goto(QUEUE);
  await slow(page.getByRole("heading", { level: 1 })).toHaveText("Kunnskapsbase");
  await slow(page.getByRole("navigation", { name: "Kunnskapsbasens sider" }).getByRole("link", { name: "Sortering" })).toHaveAttribute("aria-current", "page");
  await slow(page.getByTestId("triage-counts")).toContainText("Ikke sortert");
  await checkBothWidths(page);

  await tabTo(page, page.getByRole("link", { name: "Start sortering" }));
  await page.keyboard.press("Enter");
  await slow(page).toHaveURL(/\/admin\/kunnskapsbase\/sortering\/[0-9a-f-]{36}/);
  firstInput = /sortering\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  await slow(page.getByRole("heading", { level: 1 })).toHaveText(/^Sorter innspill /);
  await checkBothWidths(page);

  // Shortcut 1: the first category of the input's phase, saved at once (with the whole form).
  const firstCategory = page.locator("#triage-kategori input[type=radio]").first();
  const categoryLabel = (await page.locator(`label[for="${await firstCategory.getAttribute("id")}"]`).textContent())!.replace(/ \(1\)$/, "");
  await page.keyboard.press("1");
  await slow(notice(page)).toHaveText("Endringene er lagret.");
  await slow(notice(page)).toBeFocused();
  const facts = page.getByRole("region", { name: "Innspillet", exact: true });
  await slow(facts.locator("dd").filter({ hasText: `${categoryLabel} (satt for hånd)` })).toHaveCount(1);

  // A topic: Tab to its checkbox, Space, Tab to the button, Enter.
  const topics = page.getByRole("group", { name: "Emner", exact: true });
  await tabTo(page, topics.getByRole("checkbox", { name: B }));
  await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Lagre", exact: true }));
  await page.keyboard.press("Enter");
  await slow(notice(page)).toHaveText("Endringene er lagret.");
  await slow(facts).toContainText(`${B} (satt for hånd)`);

  // A thematic plan the same way.
  const plan = page.getByRole("group", { name: "Temaplaner", exact: true }).getByRole("checkbox").first();
  const planName = (await page.locator(`label[for="${await plan.getAttribute("id")}"]`).textContent())!;
  await tabTo(page, plan);
  if (!(await plan.isChecked())) await page.keyboard.press("Space");
  await tabTo(page, page.getByRole("button", { name: "Lagre", exact: true }));
  await page.keyboard.press("Enter");
  await slow(notice(page)).toHaveText("Endringene er lagret.");
  await slow(facts).toContainText(planName);
  // One form: the earlier choices are still there after saving the plan.
  await slow(facts.locator("dd").filter({ hasText: `${categoryLabel} (satt for hånd)` })).toHaveCount(1);
  await slow(facts).toContainText(`${B} (satt for hånd)`);

  // The shortcuts are listed on the page.
  await tabTo(page, page.getByText("Hurtigtaster", { exact: true }));
  await page.keyboard.press("Enter");
  await slow(page.locator("details").filter({ hasText: "Hurtigtaster" })).toHaveAttribute("open", "");

  // "f" = Ferdig – neste: the input leaves the queue and the next one opens, heading focused.
  const next = await page.getByRole("link", { name: "Neste innspill" }).getAttribute("href");
  expect(next).toBeTruthy();
  await page.keyboard.press("f");
  await slow(page).toHaveURL(new RegExp(`${next!.split("?")[0]}`));
  await slow(notice(page)).toContainText("merket som sortert");
  await slow(page.getByRole("heading", { level: 1 })).toBeFocused();
  // The triaged input left the queue: this one is now the first, with no previous one.
  const here = page.url().split("?")[0]!;
  await slow(page.getByRole("link", { name: "Forrige innspill" })).toHaveCount(0);
  // "n" and "p" walk the queue.
  const following = (await page.getByRole("link", { name: "Neste innspill" }).getAttribute("href"))!.split("?")[0]!;
  await page.keyboard.press("n");
  await slow(page).toHaveURL(new RegExp(`${following}$`));
  await slow(page.getByRole("link", { name: "Forrige innspill" })).toHaveAttribute("href", new RegExp(here.split("/").at(-1)!));
  await page.keyboard.press("p");
  await slow(page).toHaveURL(new RegExp(`${here.split("/").at(-1)!}$`));

  // The visible button does the same as the shortcut.
  await tabTo(page, page.getByRole("button", { name: "Ferdig – neste" }));
  await page.keyboard.press("Enter");
  await slow(page).toHaveURL(new RegExp(following));
  await slow(notice(page)).toContainText("merket som sortert");

  await page.goto(`${QUEUE}/sortering/${firstInput}`);
  await slow(facts).toContainText("Sortert");
  await slow(facts).not.toContainText("Ikke ennå");
});

test("bulk: two selected rows get a topic in one action, by keyboard", async ({ page }) => {
  await signInAdmin(page);
  await page.goto(`${QUEUE}?emne=mangler`);
  const boxes = page.getByRole("checkbox", { name: /^Velg innspillet fra/ });
  await tabTo(page, boxes.nth(0));
  await page.keyboard.press("Space");
  await tabTo(page, boxes.nth(1));
  await page.keyboard.press("Space");
  await arrowTo(page, page.getByLabel("Emne", { exact: true }).last(), A);
  await tabTo(page, page.getByRole("button", { name: "Legg til emne" }));
  await page.keyboard.press("Enter");
  await slow(page.locator("#ko-melding")).toHaveText("Emnet er lagt til på 2 innspill.");
  await slow(page).toHaveURL(/emne=mangler/);

  // Nothing selected: refused with a message, nothing changed.
  await tabTo(page, page.getByRole("button", { name: "Merk som sortert" }));
  await page.keyboard.press("Enter");
  await slow(page.getByRole("alert").filter({ hasText: "Velg minst ett innspill" }).first()).toBeVisible();
});

test("topics: rename and merge keep every tagged input", async ({ page }) => {
  await signInAdmin(page);
  await page.goto(TOPICS);
  const itemA = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: A }) });
  await slow(itemA).toContainText("2 innspill");

  await tabTo(page, itemA.locator("summary"));
  await page.keyboard.press("Enter");
  await itemA.getByLabel("Navn").fill(A_RENAMED);
  await tabTo(page, itemA.getByRole("button", { name: "Lagre navn og beskrivelse" }));
  await page.keyboard.press("Enter");
  await slow(page.locator("#emner-melding")).toHaveText("Emnet er endret.");
  const renamed = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: A_RENAMED }) });
  await slow(renamed).toContainText("2 innspill");

  const itemB = page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 3, name: B }) });
  await slow(itemB).toContainText("1 innspill");
  await tabTo(page, itemB.locator("summary"));
  await page.keyboard.press("Enter");
  await arrowTo(page, itemB.getByLabel(`Slå «${B}» sammen med`), A_RENAMED);
  await tabTo(page, itemB.getByRole("button", { name: "Slå sammen" }));
  await page.keyboard.press("Enter");
  await slow(page.locator("#emner-melding")).toHaveText(/Emnene er slått sammen/);
  await slow(renamed).toContainText("3 innspill");
  await slow(page.getByRole("heading", { level: 3, name: B })).toHaveCount(0);
  await slow(page.getByRole("region", { name: "Sammenslåtte emner" })).toContainText(`${B} → ${A_RENAMED}`);

  // The input tagged B by hand now carries the merged topic, still "set by hand".
  await page.goto(`${QUEUE}/sortering/${firstInput}`);
  await slow(page.getByRole("region", { name: "Innspillet", exact: true })).toContainText(`${A_RENAMED} (satt for hånd)`);
  await slow(page.getByRole("group", { name: "Emner", exact: true }).getByRole("checkbox", { name: B })).toHaveCount(0);
});

/**
 * The lost-choice bug: a category chosen, then «Ferdig – neste» pressed (no separate save). The
 * input must leave the queue WITH the category — with JavaScript and without.
 */
async function chooseCategoryThenDone(page: Page) {
  await signInAdmin(page);
  await page.goto(QUEUE);
  const href = await page.getByRole("link", { name: "Start sortering" }).getAttribute("href");
  await page.goto(href!);
  const id = /sortering\/([0-9a-f-]{36})/.exec(page.url())![1]!;
  const radios = page.locator("#triage-kategori input[type=radio]");
  const radio = radios.nth((await radios.count()) > 1 ? 1 : 0);
  const label = (await page.locator(`label[for="${await radio.getAttribute("id")}"]`).textContent())!.replace(/ \(\d\)$/, "");
  await radio.check();
  await page.getByRole("button", { name: "Ferdig – neste" }).click();
  await slow(page).not.toHaveURL(new RegExp(`${id}`));
  await slow(notice(page)).toContainText("merket som sortert");
  await page.goto(`${QUEUE}/sortering/${id}`);
  const facts = page.getByRole("region", { name: "Innspillet", exact: true });
  await slow(facts.locator("dd").filter({ hasText: `${label} (satt for hånd)` })).toHaveCount(1);
  await slow(facts).not.toContainText("Ikke ennå");
  await slow(radio).toBeChecked();
}

test("a category chosen and «Ferdig – neste» pressed is saved with the input (JavaScript on)", async ({ page }) => {
  await chooseCategoryThenDone(page);
});

test("without JavaScript: the one form posts every choice, and «Ferdig – neste» keeps the category", async ({ browser }) => {
  const context = await (browser as Browser).newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await chooseCategoryThenDone(page);
  // A refused save keeps what was chosen and says why, next to the field.
  await page.locator("#triage-kategori input[type=radio]").first().check();
  await page.getByRole("button", { name: "Lagre, skjul og gå til neste" }).click();
  await slow(page.getByRole("alert").filter({ hasText: "Velg hvorfor innspillet skjules" }).first()).toBeVisible();
  await slow(page.locator("#triage-kategori input[type=radio]").first()).toBeChecked();
  await context.close();
});
