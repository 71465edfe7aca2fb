// The group leaders' progress dashboard on the demo data: a group leader's path (dashboard →
// a target group on the matrix → back), one browser walk of who is let in, and axe at 1280 and
// 390 px. Every page and download × every role is in tests/integration/page-access.test.ts.
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import JSZip from "jszip";
import { ACCOUNTS, expectAccessible, expectPageBasics, signInWithSession } from "./fixtures";

const DASHBOARD = "/gruppeleder/prosesser/demre";

test("a group leader sees where DEMRE stands and opens a target group from the matrix", async ({ page }) => {
  test.setTimeout(150_000);
  await signInWithSession(page, ACCOUNTS.GROUP_LEADER.email);
  await page.goto(DASHBOARD);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fremdrift: DEMRE");
  await expect(page.getByTestId("neste-beslutning")).toContainText(/dager? igjen|I dag/);
  await expect(page.getByText("Nå er vi her")).toBeVisible();
  await expect(page.getByTestId("deltakelse-sammendrag")).toContainText(/\d+ av \d+ politikere har meldt seg på/);
  await expect(page.getByTestId("parti-H")).toBeVisible();
  await expect(page.getByTestId("innspill-behandling")).toContainText("Sortert");
  await expect(page.getByRole("table", { name: "Innspill per uke" })).toBeVisible();
  await expect(page.getByTestId("ikke-nadd")).toBeVisible();
  await expect(page.getByTestId("kort-fortalt")).toContainText("Mest per politikertime");
  // The charts: participation per party against each party's politicians, and the heat map
  // naming every group (the wide grid here, the stacked cells at 390 px).
  await expect(page.getByRole("img", { name: /^Deltakelse per parti/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Målgruppedekning som varmekart/ })).toBeVisible();
  await expect(page.getByRole("table", { name: "Tallene i varmekartet, per rute" })).toBeVisible();
  const groupNames = await page.getByTestId("malgrupper-tabell").locator("tbody th").allInnerTexts();
  expect(groupNames.length).toBeGreaterThan(0);
  const heat = page.getByTestId("diagram-varmekart");
  for (const name of groupNames) expect(await heat.locator("svg").first().textContent()).toContain(name.trim().slice(0, 20));
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "scrolls sideways at 390 px").toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await expect(page.getByRole("img", { name: /^Målgruppedekning som varmekart/ })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 800 });

  // A target group on the matrix → its activities and inputs.
  await page.getByTestId("malgrupper-tabell").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/gruppeleder\/prosesser\/demre\/malgrupper\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Målgruppe:");
  await expect(page.getByRole("heading", { name: "Aktiviteter rettet mot målgruppen" })).toBeVisible();
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.getByRole("link", { name: "Tilbake til fremdriften" }).click();
  await expect(page).toHaveURL(/\/gruppeleder\/prosesser\/demre#malgrupper$/);
});

test("the administration may read the dashboard; a politician is refused; anonymous is sent to sign in", async ({ browser, page }) => {
  test.setTimeout(150_000);
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  expect((await page.goto(DASHBOARD))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Fremdrift: DEMRE");
  // The administration adds questions to decide and chooses which decisions are public.
  await expect(page.getByText("Legg til et spørsmål").first()).toBeVisible();
  await page.goto("/admin");
  await page.getByRole("link", { name: "Oversikt for gruppeledere" }).click();
  await expect(page).toHaveURL(/\/gruppeleder$/);

  const politician = await (await browser.newContext()).newPage();
  await signInWithSession(politician, ACCOUNTS.POLITICIAN.email);
  expect((await politician.goto(DASHBOARD))?.status()).toBe(403);
  expect((await politician.goto(`${DASHBOARD}/malgrupper/00000000-0000-4000-8000-000000000000`))?.status()).toBe(403);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(DASHBOARD);
  await expect(anonymous).toHaveURL(/\/logg-inn\?tilbake=%2Fgruppeleder%2Fprosesser%2Fdemre$/);
  expect((await page.goto("/gruppeleder/prosesser/finnes-ikke"))?.status()).toBe(404);
});

test("«Til avklaring»: a group leader records a decision; the decided DEMRE questions show on the public page", async ({ page }) => {
  test.setTimeout(150_000);
  await page.goto("/prosesser/demre");
  const decided = page.getByRole("region", { name: "Dette er avgjort" });
  await expect(decided).toContainText("Kan rammene som er foreslått brukes i det videre arbeidet?");
  await expect(decided.getByRole("listitem")).toHaveCount(4);

  await signInWithSession(page, ACCOUNTS.GROUP_LEADER.email);
  await page.goto(DASHBOARD);
  const section = page.getByRole("region", { name: "Til avklaring" });
  await expect(section).toContainText("Bør alle i relevant hovedutvalg/kommunestyret være med å teste");
  const open = section.getByRole("listitem").filter({ hasText: "Hvilke former for involvering bør brukes videre?" }).last();
  await open.getByRole("button", { name: "Lagre avgjørelsen" }).click();
  await expect(open.getByText("Skriv hva som ble avgjort.").first()).toBeVisible();
  await open.getByLabel("Hva ble avgjort").fill("Benkeprat og gjestebud brukes videre.");
  await open.getByRole("button", { name: "Lagre avgjørelsen" }).click();
  // The question now shows as decided, with the decision and who recorded it.
  await expect(section.getByRole("listitem").filter({ hasText: "Hvilke former for involvering bør brukes videre?" }).last()).toContainText(
    "registrert av Ingrid Lunde",
  );
  await page.reload();
  await expect(page.getByRole("region", { name: "Til avklaring" })).toContainText("Benkeprat og gjestebud brukes videre.");
  await expect(page.getByRole("button", { name: "Vis på den offentlige siden" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the method comparison sorts and filters without JavaScript; politicians may read it", async ({ browser }) => {
  test.setTimeout(150_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await signInWithSession(page, ACCOUNTS.POLITICIAN.email);
  expect((await page.goto("/gruppeleder/metoder"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sammenligning av metodene");
  const table = page.getByTestId("metoder-tabell");
  await expect(table).toBeVisible();
  await table.getByRole("link", { name: /^Metode/ }).click();
  await expect(page).toHaveURL(/sorter=name&retning=asc/);
  await expect(page.getByRole("columnheader", { name: /Metode/ })).toHaveAttribute("aria-sort", "ascending");
  await page.getByLabel("Prosess").selectOption({ label: "DEMRE – Demokratiske innovasjoner og responsive politikere" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/prosess=/);
  await expect(page.getByText(/For lite data|Overførbar til andre prosesser/).first()).toBeVisible();
  // axe needs JavaScript in the page: the same URL in a context with it.
  const url = page.url();
  const withJs = await (await browser.newContext()).newPage();
  await signInWithSession(withJs, ACCOUNTS.POLITICIAN.email);
  await withJs.goto(url);
  await expectPageBasics(withJs);
  await expectAccessible(withJs);
  await withJs.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(withJs);
});

test("who we hear from, the print view and the .docx for the council (a group leader's path, the download opened)", async ({ page }) => {
  test.setTimeout(180_000);
  await signInWithSession(page, ACCOUNTS.GROUP_LEADER.email);
  await page.goto(DASHBOARD);
  // Representativeness: the demo's Drammen figures against the inputs; the unknown counted in words.
  const rep = page.getByRole("region", { name: "Hvem hører vi fra?" });
  await expect(rep).toContainText("(2025)");
  await expect(page.getByTestId("representativitet-bydel")).toContainText("Bragernes");
  await expect(page.getByTestId("representativitet-bydel-ukjent")).toContainText(/Uten oppgitt bydel: \d+ innspill/);
  await expect(page.getByTestId("representativitet-alder-ukjent")).toContainText(/Uten oppgitt alder: \d+ innspill/);
  await expect(page.getByTestId("representativitet-alder")).toContainText("Underrepresentert");
  // Charts are images with a name, and their numbers are also in a table.
  await expect(page.getByRole("img", { name: /Innspill per uke/ })).toBeVisible();

  // The method comparison, then back to the case.
  await page.getByRole("link", { name: "Sammenlign metodene" }).click();
  await expect(page.getByRole("img", { name: /Innspill og deltakere per politikertime/ })).toBeVisible();
  await page.goBack();

  // The print view: same figures, no navigation on paper, accessible on screen and as print.
  await page.getByRole("link", { name: "Utskriftsversjon" }).click();
  await expect(page).toHaveURL(/\/gruppeleder\/prosesser\/demre\/utskrift$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Saksframlegg: DEMRE – Demokratiske innovasjoner og responsive politikere");
  await expect(page.getByRole("heading", { name: "7. Spørsmål til avklaring" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Deltakelse per parti/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Målgruppedekning som varmekart/ })).toBeVisible();
  await expectPageBasics(page);
  await expectAccessible(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header[data-site-header]")).toBeHidden();
  await expectAccessible(page);
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  // The .docx: downloaded by clicking the link, unzipped, its text holds the sections and figures.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Last ned saksframlegg (Word, .docx)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^saksframlegg-demre-\d{4}-\d{2}-\d{2}\.docx$/);
  const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
  const xml = await zip.file("word/document.xml")!.async("string");
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(" ");
  expect(text).toContain("Saksframlegg: DEMRE");
  for (const heading of ["Bakgrunn", "Hva er gjort", "Hva vi har hørt", "Hvem hører vi fra?", "Målgrupper vi når", "Spørsmål til avklaring"])
    expect(text).toContain(heading);
  // The same total of inputs as the dashboard shows.
  await page.goto(DASHBOARD);
  const total = (await page.getByTestId("innspill-behandling").locator("dd").first().innerText()).trim();
  expect(text).toContain(`${total} innspill er kommet inn.`);
  // «Kort fortalt» answers the four questions of «Done when»; the .docx says the same.
  const summary = page.getByTestId("kort-fortalt");
  const answers = await summary.locator("dd").allInnerTexts();
  expect(answers).toHaveLength(4);
  const next = (await page.getByTestId("neste-beslutning").locator("strong").innerText()).trim();
  expect(answers[0]).toContain(next);
  expect(text).toContain(next);
  const best = /^(.*) \(innspill per politikertime\)/.exec(answers[2]!)?.[1] ?? "";
  for (const m of best.split(/\), /).map((x) => x.replace(/ \([^)]*\)?$/, ""))) expect(text).toContain(m);
  const parties = /ennå: (.*)\./.exec(answers[3]!)?.[1];
  if (parties) expect(text).toContain(parties);
  else expect(text).toContain("Alle partigrupper har deltatt");
});

test("the administration imports population figures in SSB's CSV layout (Windows-1252)", async ({ page }) => {
  test.setTimeout(120_000);
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  await page.goto("/admin/befolkning");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Befolkning");
  await expect(page.getByTestId("befolkning-tabell")).toContainText("Bragernes");
  await expectAccessible(page);
  const csv = '"region";"alder";"år";"Personer"\r\n"Strømsø";"0 år";"2019";150\r\n"Strømsø";"20-24 år";"2019";900\r\n';
  const bytes = Buffer.from([...csv].map((c) => c.charCodeAt(0)));
  await page.getByLabel("CSV-fil").setInputFiles({ name: "07459.csv", mimeType: "text/csv", buffer: bytes });
  await page.getByLabel("År (hvis filen ikke sier det)").fill("");
  await page.getByRole("button", { name: "Importer befolkningstall" }).click();
  await expect(page.getByRole("status")).toContainText("Importerte 2 rader for 2019: én bydel");
  // A line with an unknown district is refused with its line number, nothing imported.
  await page
    .getByLabel("CSV-fil")
    .setInputFiles({ name: "feil.csv", mimeType: "text/csv", buffer: Buffer.from("region;alder;år;personer\nAtlantis;0 år;2018;1\n") });
  await page.getByRole("button", { name: "Importer befolkningstall" }).click();
  await expect(page.getByText("Linje 2: «Atlantis» er verken en bydel i bydelslisten eller en kommune.").first()).toBeVisible();
  await page.goto("/admin/befolkning?ar=2019");
  await expect(page.getByTestId("befolkning-tabell")).toContainText("Befolkning 2019");
});
