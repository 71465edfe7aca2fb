// The administrator builds a whole process by hand, is stopped by the publishing gate,
// completes it, publishes it and sees it as a citizen; then copies it as a template.
import { expect, test, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, signInWithSession } from "./fixtures";

test.describe.configure({ mode: "serial" });

const TITLE = `Aldersvennlig Åssiden ${Date.now().toString(36)}`;
let processUrl = "";

async function openSection(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Prosessens sider" }).getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
}

test.beforeEach(async ({ page }) => {
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
});

test("create a process from scratch, be stopped by the publishing gate, complete it and publish", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto("/admin/prosesser");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Ny prosess" }).click();
  await expectAccessible(page);

  // Empty title: error summary, message at the field, the summary text kept.
  await page.getByLabel("Kort om prosessen").fill("Vi vil høre fra eldre på Åssiden.");
  await page.getByRole("button", { name: "Opprett prosess" }).click();
  await expect(errorSummary(page)).toContainText("Fyll ut feltet.");
  await expect(page.getByLabel("Kort om prosessen")).toHaveValue("Vi vil høre fra eldre på Åssiden.");
  await page.getByLabel("Tittel").fill(TITLE);
  await page.getByRole("button", { name: "Opprett prosess" }).click();
  await expect(page).toHaveURL(/\/rammer\?ny=1$/);
  processUrl = page.url().replace(/\/rammer\?ny=1$/, "");
  await expect(page.getByLabel("Nettadresse", { exact: true })).toHaveValue(/^aldersvennlig-assiden-/);

  // The gate lists exactly what is missing.
  await openSection(page, "Publisering");
  for (const missing of [
    "Skriv målet",
    "Skriv om forventningsgapet",
    "Skriv planen for bruk av innspill",
    "Legg til eller datér en fase",
    "Legg til en målgruppe",
  ]) {
    await expect(page.getByRole("link", { name: missing })).toBeVisible();
  }
  await page.getByRole("button", { name: "Publiser" }).click();
  // The message points to the checklist where it is (above), and has the width of the column,
  // not squeezed beside «Arkiver».
  await expect(errorSummary(page)).toContainText("Prosessen kan ikke publiseres ennå. Se hva som mangler i sjekklisten over.");
  const summaryBox = (await errorSummary(page).boundingBox())!;
  const archiveBox = (await page.getByRole("button", { name: "Arkiver" }).boundingBox())!;
  expect(archiveBox.y).toBeGreaterThan(summaryBox.y + summaryBox.height);
  expect((await page.getByRole("link", { name: "Skriv om forventningsgapet" }).boundingBox())!.y).toBeLessThan(summaryBox.y);
  await expectAccessible(page);

  // Framework, with a bad date order first. By keyboard: the checklist's link lands in the field.
  await page.getByRole("link", { name: "Skriv om forventningsgapet" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Forventningsgapet")).toBeFocused();
  await page.getByLabel("Mål", { exact: true }).fill("Et aldersvennlig Åssiden der eldre kan bo trygt hjemme lenger.");
  await page.getByLabel("Rammer", { exact: true }).fill("Innspillene brukes i temaplanen\nVi prøver flere møteformer");
  await page.getByLabel("Forventningsgapet").fill("Kommunen kan ikke love flere sykehjemsplasser, men vil bruke innspillene når tjenestene planlegges.");
  await page.getByLabel("Plan for bruk av innspill").fill("Administrasjonen leser alle innspill hver uke og sorterer dem i kunnskapsgrunnlaget.");
  await page.getByLabel("Temaplan for aldersvennlig Drammen").check();
  await page.getByLabel("Startdato").fill("2027-01-01");
  await page.getByLabel("Sluttdato").fill("2026-01-01");
  await page.getByRole("button", { name: "Lagre rammer" }).click();
  await expect(errorSummary(page)).toContainText("Sluttdatoen kan ikke være før startdatoen.");
  await expect(page.getByLabel("Forventningsgapet")).toHaveValue(/kan ikke love/);
  await page.getByLabel("Startdato").fill("2026-01-01");
  await page.getByLabel("Sluttdato").fill("2027-06-30");
  await page.getByRole("button", { name: "Lagre rammer" }).click();
  await expect(page.getByRole("status")).toContainText("Endringene er lagret.");
  await expectAccessible(page);

  // Two phases; the first one outside the process's dates is refused.
  await openSection(page, "Faser");
  await page.getByLabel("Navn på fasen").fill("Perspektiver – Innsikt");
  await page.getByLabel("Startdato").fill("2025-12-01");
  await page.getByLabel("Sluttdato").fill("2026-04-30");
  await page.getByRole("button", { name: "Legg til fase" }).click();
  await expect(errorSummary(page)).toContainText("innenfor prosessens periode");
  await page.getByLabel("Startdato").fill("2026-01-15");
  await page.getByRole("button", { name: "Legg til fase" }).click();
  await expect(page.getByText("Fasen er lagret.")).toBeVisible();
  await expect(page.getByText("Kvaliteter, hva er bra · Hva finnes, gjøres, skjer")).toBeVisible();
  await page.getByLabel("Type fase").selectOption("IDEAS");
  await page.getByLabel("Navn på fasen").fill("Muligheter – Idéutvikling");
  await page.getByLabel("Startdato").fill("2026-05-01");
  await page.getByLabel("Sluttdato").fill("2026-08-31");
  await page.getByRole("button", { name: "Legg til fase" }).click();
  await expect(page.getByRole("heading", { name: "2. Muligheter – Idéutvikling" })).toBeVisible();
  await expectAccessible(page);

  // Timeline with a decision point.
  await openSection(page, "Fremdrift");
  await page.getByLabel("Hva skjer").fill("Gruppeledermøte: prioritere målgrupper");
  await page.getByLabel("Dato", { exact: true }).fill("2026-03-24");
  await page.getByLabel("Hvem møtes eller bestemmer").fill("Gruppeledermøtet");
  await page.getByLabel("Her skal det tas en beslutning").check();
  await page.getByLabel("Hva skal besluttes").fill("Hvilke målgrupper som er viktigst");
  await page.getByRole("button", { name: "Legg til i fremdriften" }).click();
  await expect(page.getByText("Fremdriften er lagret.")).toBeVisible();
  await expect(page.locator('[aria-current="date"]')).toContainText("Nå er vi her");
  await expectAccessible(page);

  // Four target groups from the suggestions; one moved on the matrix by keyboard only.
  await openSection(page, "Målgrupper");
  const suggestions = page.getByRole("group", { name: "Velg målgruppene du vil legge til" }).getByRole("checkbox");
  for (let i = 0; i < 4; i++) await suggestions.nth(i).check();
  await page.getByRole("button", { name: "Legg til valgte" }).click();
  await expect(page.getByText("4 målgrupper er lagt til.")).toBeVisible();
  const move = page.getByRole("group", { name: /^Flytt / }).first();
  await move.getByLabel("Viktighet").focus();
  await page.keyboard.press("End"); // last option: less important
  await move.getByLabel("Vanskelighetsgrad").focus();
  await page.keyboard.press("End"); // hard
  await move.getByRole("button", { name: "Flytt" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText(/er flyttet til «Ikke bruk energi»/)).toBeVisible();
  await expectAccessible(page);

  // Two activities, one public and one internal.
  await openSection(page, "Aktiviteter");
  for (const [title, visibility] of [
    ["Dialogmøte på Åssiden bibliotek", "Offentlig – vises for innbyggerne"],
    ["Besøk på omsorgsboligene", "Intern – vises bare for politikere og administrasjonen"],
  ] as const) {
    await page.getByRole("link", { name: "Ny aktivitet" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Ny aktivitet: ${TITLE}`);
    if (visibility.startsWith("Offentlig")) {
      // Sent empty: each date's message names its field, so the summary has no twin lines.
      await page.getByRole("button", { name: "Opprett aktiviteten" }).click();
      await expect(errorSummary(page)).toContainText("Velg når aktiviteten starter (dato og klokkeslett).");
      await expect(errorSummary(page)).toContainText("Velg når aktiviteten slutter (dato og klokkeslett).");
      const lines = await errorSummary(page).getByRole("link").allTextContents();
      expect(new Set(lines).size).toBe(lines.length);
    }
    await page.getByLabel("Metode fra verktøybanken").selectOption({ label: "Dialogmøte" });
    await page.getByLabel("Tittel").fill(title);
    await page.getByLabel("Beskrivelse for innbyggerne").fill("Kom og fortell hva som er bra og hva som bekymrer deg.");
    await page.getByLabel("Starter").fill("2027-03-15T18:00");
    await page.getByLabel("Slutter").fill("2027-03-15T20:00");
    await page.getByLabel("Sted").fill("Åssiden bibliotek");
    await page.getByLabel(visibility).check();
    await page.getByLabel("Status").selectOption("OPEN");
    await page.getByRole("button", { name: "Opprett aktiviteten" }).click();
    await expect(page.getByText("Aktiviteten er lagret.")).toBeVisible();
  }
  await expect(page.getByRole("link", { name: "Dialogmøte på Åssiden bibliotek" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Vis som kalender" }).click();
  await expectAccessible(page);

  // Now the gate lets it through.
  await openSection(page, "Publisering");
  await expect(page.getByText("Alt er på plass. Prosessen kan publiseres.")).toBeVisible();
  await page.getByRole("button", { name: "Publiser" }).click();
  await expect(page.getByText("Status nå: Publisert")).toBeVisible();

  // The citizen sees it: plans, expectation gap, phases with questions, public activity only.
  // (Dropping the cookie, not «Logg ut»: signing out would end the admin session other specs share.)
  await page.context().clearCookies();
  await page.goto("/");
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { name: "Hva du kan forvente – og ikke forvente" })).toBeVisible();
  await expect(page.getByText("Kommunen kan ikke love flere sykehjemsplasser")).toBeVisible();
  await expect(page.getByText("Temaplan for aldersvennlig Drammen")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Muligheter – Idéutvikling" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Dialogmøte på Åssiden bibliotek" })).toBeVisible();
  await expect(page.getByText("Besøk på omsorgsboligene")).toHaveCount(0);
  await expectAccessible(page);
});

test("copy the process as a template and read its change log", async ({ page }) => {
  expect(processUrl).not.toBe("");
  await page.goto(processUrl);
  await expectAccessible(page);
  await page.getByLabel("Tittel på kopien").fill(`${TITLE} (mal)`);
  await page.getByRole("button", { name: "Kopier prosessen" }).click();
  await expect(page.getByText("Dette er en kopi.")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Prosessens sider" }).locator("..")).toContainText("Utkast");
  await openSection(page, "Faser");
  await expect(page.getByRole("heading", { name: "2. Muligheter – Idéutvikling" })).toBeVisible();

  await page.goto(`${processUrl}/logg`);
  await expect(page.getByRole("table")).toContainText("Endret status");
  await expect(page.getByRole("table")).toContainText("Astrid Holmen");
  await expectAccessible(page);
});

test("thematic plans are a managed list: add one, see it offered on the framework page", async ({ page }) => {
  const name = `Temaplan for kultur ${Date.now().toString(36)}`;
  await page.goto("/admin/temaplaner");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Legg til temaplan" }).click();
  await expect(errorSummary(page)).toContainText("Fyll ut feltet.");
  await page.locator("#felt-ny-name").fill(name);
  await page.getByRole("button", { name: "Legg til temaplan" }).click();
  await expect(page.getByText("Temaplanen er lagt til.")).toBeVisible();
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${processUrl}/rammer`);
  await expect(page.getByLabel(name)).toBeVisible();
});
