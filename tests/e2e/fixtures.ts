import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-medvirk";
export const ACCOUNTS = {
  ADMIN: { email: "admin@medvirk.test", home: "/admin", heading: "Administrasjon" },
  POLITICIAN: { email: "politiker@medvirk.test", home: "/politiker", heading: "Mine aktiviteter" },
  GROUP_LEADER: { email: "gruppeleder@medvirk.test", home: "/gruppeleder", heading: "Oversikt for gruppeledere" },
} as const;

/**
 * The accounts that sign in once per run, through the form, in auth.setup.ts; the other specs
 * reuse those sessions (Playwright's storageState) instead of signing in again in every test.
 * Only tests of signing in itself (and accounts a test creates or changes) use the form.
 */
export const SESSIONS = {
  [ACCOUNTS.ADMIN.email]: ACCOUNTS.ADMIN.home,
  [ACCOUNTS.POLITICIAN.email]: ACCOUNTS.POLITICIAN.home,
  [ACCOUNTS.GROUP_LEADER.email]: ACCOUNTS.GROUP_LEADER.home,
  "sindre.aas@medvirk.test": "/politiker",
  "arne.fossum@medvirk.test": "/politiker",
  "eirik.saether@medvirk.test": "/politiker",
} as const;
export type SessionAccount = keyof typeof SESSIONS;

/** Where auth.setup.ts keeps a session (per port, so two runs on two ports do not mix). */
export const sessionFile = (email: SessionAccount) =>
  path.join(import.meta.dirname, "../../test-results", `e2e-auth-${process.env.E2E_PORT ?? 3100}`, `${email}.json`);

/**
 * Signs `page`'s context in with the session saved by auth.setup.ts and opens the account's
 * landing page, where a sign-in through the form would have left it.
 */
export async function signInWithSession(page: Page, email: SessionAccount) {
  const state = JSON.parse(await readFile(sessionFile(email), "utf8")) as { cookies: Parameters<ReturnType<Page["context"]>["addCookies"]>[0] };
  await page.context().addCookies(state.cookies);
  await page.goto(SESSIONS[email]);
  await expect(page).toHaveURL(new RegExp(`${SESSIONS[email]}$`));
}

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/logg-inn") {
  await page.goto(path);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

/**
 * WCAG 2.1 A/AA rules, zero violations, no allow-list.
 *
 * The same rules as AxeBuilder's default mode, run in two to three times less time: legacy mode
 * runs axe.run() in the page itself instead of copying every partial result into a new blank
 * page for axe.finishRun() (which only matters for cross-origin iframes; the app has no
 * iframes), and `resultTypes: ["violations"]` keeps every violating node but only one example
 * of each passing rule, so the results need not be serialised node by node.
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .setLegacyMode()
    .options({ resultTypes: ["violations"] })
    .analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** One h1, a main landmark, and <html lang> set: the basics every page promises. */
export async function expectPageBasics(page: Page, lang = "nb") {
  await expect(page.locator("h1")).toHaveCount(1);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

/** The form's error summary (Next.js has its own empty role=alert route announcer). */
export const errorSummary = (page: Page) => page.getByRole("alert", { name: /rette opp i dette/ });

/** Starts a download the way a link click does and returns the saved file's name and bytes. */
export async function download(page: Page, href: string) {
  const pending = page.waitForEvent("download");
  await page.evaluate((url) => {
    const a = document.createElement("a");
    a.href = url;
    document.body.append(a);
    a.click();
    a.remove();
  }, href);
  const file = await pending;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}
