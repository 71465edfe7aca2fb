import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo-medvirk";
export const ACCOUNTS = {
  ADMIN: { email: "admin@medvirk.test", home: "/admin", heading: "Administrasjon" },
  POLITICIAN: { email: "politiker@medvirk.test", home: "/politiker", heading: "Mine aktiviteter" },
  GROUP_LEADER: { email: "gruppeleder@medvirk.test", home: "/gruppeleder", heading: "Oversikt for gruppeledere" },
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, path = "/logg-inn") {
  await page.goto(path);
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Logg inn" }).click();
}

/** WCAG 2.1 A/AA rules, zero violations, no allow-list. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
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
