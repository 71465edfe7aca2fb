// The administrators' inbox on the demo seed: a citizen's input is found by filtering, opened,
// answered ("not used" with a reason the citizen then reads on the receipt page) and hidden.
// The input is sent through the public form here, so other specs' changes cannot interfere.
import { randomBytes } from "node:crypto";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

// Server round trips on a busy machine (2 cores, many builds) can take more than the default 5 s.
const expect = baseExpect.configure({ timeout: 15_000 });
// Long steps with several axe scans on a 50-row page: more time than the default on a busy machine.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const TEXT = `Det mangler benker på veien opp til Konnerud, eldre må stoppe og hvile (${randomBytes(3).toString("hex")}).`;
const REASON = "Benker langs fylkesveien er fylkeskommunens ansvar. Vi har sendt innspillet videre til Viken.";
let code = "";

async function sendInput(page: Page) {
  await page.goto("/skjema/demre-innspill");
  await page.getByLabel("Utfordringer, bekymringer").check();
  await page.getByLabel("Innspillet ditt", { exact: true }).fill(TEXT);
  await page.getByLabel("E-post").fill("kari@example.no");
  await page.getByRole("checkbox", { name: /Jeg samtykker/ }).check();
  await page.getByRole("button", { name: "Send innspill" }).click();
  await expect(page).toHaveURL(/\/kvittering\/[A-Z2-9]{5}-[A-Z2-9]{5}\?ny=1$/);
  return (await page.locator("p.font-mono").textContent())!.trim();
}

async function signInAsAdmin(page: Page) {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
}

const row = (page: Page) => page.getByRole("row").filter({ hasText: TEXT.slice(0, 60) });

test("an admin filters by category and channel, opens the input and answers 'not used' with a reason", async ({ page }) => {
  code = await sendInput(page);
  await signInAsAdmin(page);
  await page.goto("/admin/innspill");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innspill");
  await expectPageBasics(page);
  await expectAccessible(page);
  await expect(page.getByRole("link", { name: "Last ned CSV" })).toHaveAttribute("href", "/admin/innspill/eksport?format=csv");

  // Every option shows its count under the rest of the filter.
  await expect(page.getByLabel("Kategori").locator("option[value=CHALLENGE]")).toHaveText(/^Utfordringer, bekymringer \(\d+\)$/);
  await page.getByLabel("Kategori").selectOption("CHALLENGE");
  await page.getByLabel("Kanal").selectOption("FORM");
  await page.getByRole("button", { name: "Vis innspill" }).click();
  await expect(page).toHaveURL(/kategori=CHALLENGE/);
  await expect(page).toHaveURL(/kanal=FORM/);
  await expect(page.getByTestId("inbox-count")).toHaveText(/^\d+ innspill passer filteret\.$/);
  const total = Number((await page.getByTestId("inbox-count").textContent())!.split(" ")[0]);
  await expect(page.getByLabel("Kanal").locator("option[value=FORM]")).toHaveText(`Skjema (${total})`);
  await expect(page.getByLabel("Kategori").locator("option[value=CHALLENGE]")).toHaveText(`Utfordringer, bekymringer (${total})`);
  await expect(page.getByRole("link", { name: "Last ned Excel" })).toHaveAttribute("href", "/admin/innspill/eksport?format=xlsx&kanal=FORM&kategori=CHALLENGE");
  await expect(row(page)).toContainText("Mottatt");
  await expectAccessible(page);

  await row(page)
    .getByRole("link", { name: /Åpne innspillet/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Innspill ${code}`);
  await expect(page.getByText(TEXT)).toBeVisible();
  // Contact details are shown to the administration, in their own section.
  await expect(page.getByRole("heading", { name: "Kontaktopplysninger" })).toBeVisible();
  await expect(page.getByText("kari@example.no")).toBeVisible();
  // Opening it did not mark it read.
  await expect(page.getByRole("button", { name: "Merk som lest" })).toBeVisible();
  await expectPageBasics(page);
  await expectAccessible(page);

  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Ikke brukt" });
  await page.getByRole("button", { name: "Lagre status og svar" }).click();
  await expect(errorSummary(page)).toContainText("Skriv begrunnelsen innbyggeren får");
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("NOT_USED");
  await expectAccessible(page);
  await page.getByRole("textbox", { name: "Svar til innbyggeren" }).fill(REASON);
  await page.getByRole("button", { name: "Lagre status og svar" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Status og svar er lagret." })).toBeVisible();
  await expect(page).toHaveURL(/kategori=CHALLENGE/);
  await expect(page.getByRole("button", { name: "Merk som lest" })).toHaveCount(0);

  await page.goto(`/kvittering/${code}`);
  await expect(page.getByText("Ikke brukt", { exact: true })).toBeVisible();
  await expect(page.getByText(REASON)).toBeVisible();
  await expect(page.getByText("kari@example.no")).toHaveCount(0);
});

test("an admin hides the input with a reason; it leaves the default list and can be shown again", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/innspill?kategori=CHALLENGE&kanal=FORM");
  await row(page)
    .getByRole("link", { name: /Åpne innspillet/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Innspill ${code}`);

  await page.getByRole("button", { name: "Skjul innspillet" }).click();
  await expect(errorSummary(page)).toContainText("Velg hvorfor innspillet skjules.");
  await page.getByRole("combobox", { name: "Grunn" }).selectOption({ label: "Inneholder personopplysninger" });
  await page.getByRole("textbox", { name: "Forklaring" }).fill("Nevner en nabo med navn.");
  await page.getByRole("button", { name: "Skjul innspillet" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Innspillet er skjult." })).toBeVisible();
  await expect(page.getByText("Grunn: Inneholder personopplysninger – Nevner en nabo med navn.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Tilbake til innspillene" }).click();
  await expect(page).toHaveURL(/\/admin\/innspill\?kanal=FORM&kategori=CHALLENGE$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Innspill");
  await expect(row(page)).toHaveCount(0);

  await page.getByLabel("Synlighet").selectOption("skjult");
  await page.getByRole("button", { name: "Vis innspill" }).click();
  await expect(row(page)).toContainText("Skjult");
  await row(page)
    .getByRole("link", { name: /Åpne innspillet/ })
    .click();
  await page.getByRole("button", { name: "Vis igjen" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Innspillet vises igjen." })).toBeVisible();
});

test("the inbox and an input read well and pass axe at 390 px", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAsAdmin(page);
  await page.goto("/admin/innspill?kategori=CHALLENGE&kanal=FORM");
  await expect(page.getByRole("table")).toBeHidden();
  const card = page.getByRole("listitem").filter({ hasText: TEXT.slice(0, 60) });
  await expect(card).toBeVisible();
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await card.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Innspill ${code}`);
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("pages through the inbox with the filter kept", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/innspill?synlighet=alle");
  const first = await page.getByRole("row").nth(1).textContent();
  await page.getByRole("link", { name: "Neste side" }).click();
  await expect(page).toHaveURL(/synlighet=alle&etter=/);
  await expect(page.getByRole("row").nth(1)).not.toHaveText(first!);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Første side" }).click();
  await expect(page).toHaveURL(/\/admin\/innspill\?synlighet=alle$/);
});

test("choosing a process offers its phases and activities, with counts", async ({ page }) => {
  await signInAsAdmin(page);
  await page.goto("/admin/innspill");
  await expect(page.getByLabel("Fase", { exact: true })).toHaveCount(0);
  const demre = page
    .getByLabel("Prosess", { exact: true })
    .locator("option", { hasText: /DEMRE|Drammen/ })
    .first();
  await page.getByLabel("Prosess", { exact: true }).selectOption((await demre.getAttribute("value"))!);
  await page.getByRole("button", { name: "Vis innspill" }).click();
  await expect(page).toHaveURL(/prosess=/);
  await expect(page.getByLabel("Fase", { exact: true }).locator("option").nth(1)).toHaveText(/\(\d+\)$/);
  await expect(page.getByLabel("Aktivitet", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter and 'mark as read' work as plain form posts", async ({ page }) => {
    await signInAsAdmin(page);
    await page.goto("/admin/innspill");
    await page.getByLabel("Status", { exact: true }).selectOption("RECEIVED");
    await page.getByRole("button", { name: "Vis innspill" }).click();
    await expect(page).toHaveURL(/status=RECEIVED/);
    await page
      .getByRole("row")
      .nth(1)
      .getByRole("link", { name: /Åpne innspillet/ })
      .click();
    await page.getByRole("button", { name: "Merk som lest" }).click();
    await expect(page.getByText("Innspillet er merket som lest.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Merk som lest" })).toHaveCount(0);
    await expect(page.getByRole("combobox", { name: "Status" })).toHaveValue("READ");
    await expect(page).toHaveURL(/status=RECEIVED/);
  });
});
