import { expect as baseExpect, test, type Browser, type Page } from "@playwright/test";
import { ACCOUNTS, errorSummary, expectAccessible, expectPageBasics, signIn, signInWithSession } from "./fixtures";

// Each test signs in several people (argon2id on purpose) and runs axe many times: generous limits.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const unique = () => Math.random().toString(36).slice(2, 8);

async function asAdmin(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await signInWithSession(page, ACCOUNTS.ADMIN.email);
  return page;
}

/** Creates an account through the form and returns the initial password shown once. */
async function createAccount(page: Page, name: string, email: string, party: string) {
  await page.goto("/admin/brukere/ny");
  await page.getByLabel("Navn").fill(name);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Rolle").selectOption({ label: "Politiker" });
  await page.getByLabel("Parti", { exact: true }).selectOption({ label: party });
  await page.getByRole("button", { name: "Lag bruker" }).click();
  await expect(page.getByRole("heading", { name: "Startpassord", exact: true })).toBeFocused();
  return (await page.getByTestId("startpassord").innerText()).trim();
}

test("an administrator creates a politician, who must choose a password first; deactivation signs them out at once", async ({ browser }) => {
  const admin = await asAdmin(browser);
  await admin.getByRole("link", { name: "Brukere" }).first().click();
  await expect(admin).toHaveURL(/\/admin\/brukere$/);
  await expectPageBasics(admin);
  await expectAccessible(admin);

  // A duplicate e-mail is refused at the field, and what was typed stays.
  await admin.getByRole("link", { name: "Ny bruker" }).click();
  await admin.getByLabel("Navn").fill("Dobbel Konto");
  await admin.getByLabel("E-postadresse").fill("Politiker@medvirk.test");
  await admin.getByLabel("Parti", { exact: true }).selectOption({ label: "Venstre (V)" });
  await admin.getByRole("button", { name: "Lag bruker" }).click();
  await expect(errorSummary(admin)).toContainText("Det finnes allerede en konto med denne e-postadressen.");
  await expect(admin.getByLabel("Navn")).toHaveValue("Dobbel Konto");
  await expectAccessible(admin);

  const id = unique();
  const name = `Petter Prøve ${id}`;
  const email = `petter.${id}@medvirk.test`;
  const initial = await createAccount(admin, name, email.toUpperCase(), "Venstre (V)");
  expect(initial).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  await expect(admin.getByText("Passordet vises bare denne ene gangen.")).toBeVisible();
  await expectAccessible(admin);
  // Shown once: a reload shows the empty form again, not the password.
  await admin.reload();
  await expect(admin.getByRole("button", { name: "Lag bruker" })).toBeVisible();
  await expect(admin.getByText(initial)).toHaveCount(0);

  // The politician signs in with it and is sent to choose their own password before anything else.
  const pol = await (await browser.newContext()).newPage();
  await signIn(pol, email, initial);
  await expect(pol).toHaveURL(/\/konto\?maa-endre=1$/);
  await expect(pol.getByText("Kontoen din har et startpassord")).toBeVisible();
  await pol.goto("/politiker/aktiviteter");
  await expect(pol).toHaveURL(/\/konto\?maa-endre=1$/);
  await expectPageBasics(pol);
  await expectAccessible(pol);
  const own = "mitt-eget-passord-for-medvirk";
  await pol.getByLabel("Nåværende passord").fill(initial);
  await pol.getByLabel("Nytt passord", { exact: true }).fill(own);
  await pol.getByLabel("Gjenta nytt passord").fill(own);
  await pol.getByRole("button", { name: "Bytt passord" }).click();
  await expect(pol).toHaveURL(/\/logg-inn\?passord-endret=1$/);
  await signIn(pol, email, own);
  await expect(pol).toHaveURL(/\/politiker$/);

  // The administrator finds and deactivates the account; the politician's next request lands on sign-in.
  await admin.goto(`/admin/brukere?sok=${id}`);
  await expect(admin.getByText("Viser 1 av 1 konto.")).toBeVisible();
  await admin.getByRole("link", { name }).click();
  await expectPageBasics(admin);
  await expectAccessible(admin);
  await admin.getByRole("button", { name: `Deaktiver ${name}` }).click();
  await expect(admin.getByText(`Kontoen til ${name} er deaktivert`)).toBeVisible();
  await pol.goto("/politiker");
  await expect(pol).toHaveURL(/\/logg-inn\?tilbake=%2Fpolitiker$/);
  await signIn(pol, email, own);
  await expect(errorSummary(pol)).toContainText("Feil e-postadresse eller passord");

  // Activated again, with a new initial password (shown once, same flow).
  await admin.getByRole("button", { name: `Aktiver ${name} igjen` }).click();
  await expect(admin.getByText(`Kontoen til ${name} er aktiv igjen.`)).toBeVisible();
  await admin.getByRole("button", { name: "Lag nytt startpassord" }).click();
  await expect(admin.getByRole("heading", { name: "Startpassord", exact: true })).toBeFocused();
  await expectAccessible(admin);
});

test("an administrator cannot deactivate or demote themself", async ({ browser }) => {
  const admin = await asAdmin(browser);
  await admin.goto("/admin/brukere?sok=admin%40medvirk.test");
  await admin.getByRole("link", { name: "Astrid Holmen" }).click();
  await expect(admin.getByText("Dette er din egen konto.")).toBeVisible();
  await expect(admin.getByRole("button", { name: /^Deaktiver/ })).toHaveCount(0);
  await admin.getByLabel("Rolle").selectOption({ label: "Gruppeleder" });
  await admin.getByLabel("Parti", { exact: true }).selectOption({ label: "Høyre (H)" });
  await admin.getByRole("button", { name: "Lagre endringene" }).click();
  await expect(errorSummary(admin)).toContainText("Du kan ikke endre din egen rolle.");
});

test("participation: the administration sets the rule and sees who has not signed up; group leaders read it", async ({ browser }) => {
  const admin = await asAdmin(browser);
  const id = unique();
  const name = `Ulla Upåmeldt ${id}`;
  await createAccount(admin, name, `ulla.${id}@medvirk.test`, "Partiet Sentrum (PS)");

  await admin.goto("/admin");
  await admin
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await admin.getByRole("navigation", { name: "Prosessens sider" }).getByRole("link", { name: "Deltakelse", exact: true }).click();
  await expect(admin).toHaveURL(/\/deltakelse$/);
  await expectPageBasics(admin);
  await admin.getByLabel("Alle i relevant hovedutvalg/kommunestyret forventes å være med").check();
  await admin.getByRole("button", { name: "Lagre" }).click();
  await expect(admin.getByText("Deltakelsen er lagret.")).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel("Alle i relevant hovedutvalg/kommunestyret forventes å være med")).toBeChecked();
  await expect(admin.getByText(/Alle forventes å være med, men \d+ politiker/)).toBeVisible();
  const row = admin.getByTestId("parti-PS");
  await expect(row).toContainText(name);
  await expect(row).toContainText("Ingen påmeldt");
  await expectAccessible(admin);
  await admin.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(admin);
  const deltakelse = admin.url();

  // The group leader's read-only view, linked from their landing page.
  const leader = await (await browser.newContext()).newPage();
  await signInWithSession(leader, ACCOUNTS.GROUP_LEADER.email);
  await leader.goto("/gruppeleder/prosesser/demre");
  await leader.getByRole("link", { name: "Hvem har meldt seg på" }).click();
  await expect(leader).toHaveURL(/\/gruppeleder\/deltakelse\/[0-9a-f-]{36}$/);
  await expect(leader.getByText("Gjeldende: Alle i relevant hovedutvalg/kommunestyret forventes å være med.")).toBeVisible();
  await expect(leader.getByTestId("parti-PS")).toContainText(name);
  await expect(leader.getByRole("button", { name: "Lagre" })).toHaveCount(0);
  await expectPageBasics(leader);
  await expectAccessible(leader);

  // Back to the seed's decision: up to each elected representative.
  await admin.goto(deltakelse);
  await admin.getByLabel("Opp til hver enkelt folkevalgt").check();
  await admin.getByRole("button", { name: "Lagre" }).click();
  await expect(admin.getByText("Deltakelsen er lagret.")).toBeVisible();
});

test("the sign-up list downloads as XLSX next to the CSV", async ({ browser }) => {
  const admin = await asAdmin(browser);
  await admin
    .getByRole("link", { name: /^DEMRE/ })
    .first()
    .click();
  await expect(admin).toHaveURL(/\/admin\/prosesser\/[0-9a-f-]{36}$/);
  await admin.goto(`${new URL(admin.url()).pathname}/aktiviteter`);
  const href = await admin.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "").find((h) => /\/aktiviteter\/[0-9a-f-]{36}$/.test(h)));
  expect(href).toBeTruthy();
  await admin.goto(`${href}/pameldinger`);
  const link = admin.getByRole("link", { name: "Last ned påmeldingslisten (Excel)" });
  await expect(link).toBeVisible();
  const res = await admin.request.get((await link.getAttribute("href"))!);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("spreadsheetml");
  // An .xlsx is a zip file.
  expect((await res.body()).subarray(0, 2).toString()).toBe("PK");
});

test("the account pages are accessible at 390 px", async ({ browser }) => {
  const admin = await asAdmin(browser);
  await admin.setViewportSize({ width: 390, height: 844 });
  for (const path of ["/admin/brukere", "/admin/brukere/ny", "/admin/brukere?rolle=POLITICIAN&status=alle"]) {
    await admin.goto(path);
    await expectPageBasics(admin);
    await expectAccessible(admin);
  }
  await admin.getByRole("link", { name: "Jonas Berntsen" }).click();
  await expectAccessible(admin);
});
