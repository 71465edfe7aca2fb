import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { expect, type Frame, type Page } from "@playwright/test";
import type * as axe from "axe-core";

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
 * WCAG 2.1 A/AA rules (and axe's best practices), zero violations, no allow-list.
 *
 * The same axe-core and the same run as AxeBuilder's legacy mode (axe.run() in the page, every
 * frame given axe so the run reaches into iframes such as the mail outbox's), minus its fixed
 * costs: AxeBuilder sends the 580 kB axe source to the page twice per call (once in analyze(),
 * once more per frame in its legacy runner) and configures it again, while this injects it once
 * per document and frame and reuses it for the next run there (a resize, a changed form). That
 * was about half of each call (4.4 s → 1.9 s on /admin/brukere, measured side by side under load). `resultTypes: ["violations"]` keeps every violating node but only
 * one example of each passing rule. The run fails the test for any violation
 * (tests/e2e/accessible-check.spec.ts proves that on a page with known faults).
 */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

async function giveAxe(frame: Frame) {
  if (await frame.evaluate(() => typeof (window as { axe?: unknown }).axe === "object")) return;
  await frame.evaluate(axeSource);
  await frame.evaluate(() => (window as unknown as { axe: typeof axe }).axe.configure({ allowedOrigins: ["<same_origin>"] }));
}

export async function axeViolations(page: Page) {
  await giveAxe(page.mainFrame());
  // A child frame that cannot take a script (detached meanwhile, or cross-origin) is left out, as AxeBuilder does.
  for (const frame of page.frames().slice(1)) await giveAxe(frame).catch(() => undefined);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] }),
    AXE_TAGS,
  );
  return results.violations;
}

export async function expectAccessible(page: Page) {
  const violations = await axeViolations(page);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
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
