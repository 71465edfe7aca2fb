// The Content-Security-Policy lets a page run only the scripts that carry this response's nonce
// (issue #18 §3): every <script> Next writes carries it, a new nonce comes with every response,
// and the pages still work with JavaScript — no violation reported while a citizen sends input
// and an administrator works in the inbox.
import { expect, test, type Page } from "@playwright/test";
import { signInWithSession } from "./fixtures";

const nonceOf = (csp: string | undefined) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

/** Collects what the browser reports as blocked by the CSP while `page` is open. */
function violations(page: Page): string[] {
  const seen: string[] = [];
  page.on("console", (msg) => {
    if (/Content.Security.Policy/i.test(msg.text())) seen.push(msg.text());
  });
  return seen;
}

test("every script on a page carries the response's own nonce, and no script may run inline", async ({ request }) => {
  const pages = ["/", "/prosesser/demre", "/skjema/demre-innspill", "/logg-inn", "/personvern", "/kvittering/ABCDE-23456"];
  const nonces = new Set<string>();
  for (const path of pages) {
    const res = await request.get(path);
    const csp = res.headers()["content-security-policy"] ?? "";
    const nonce = nonceOf(csp);
    expect(nonce, `${path}: ${csp}`).toBeTruthy();
    const script = csp.split("; ").find((d) => d.startsWith("script-src "));
    expect(script, path).not.toContain("unsafe-inline");
    nonces.add(nonce!);
    const html = await res.text();
    const tags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length, path).toBeGreaterThan(0);
    for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(pages.length);
});

test("the no-access page keeps the CSP its scripts were rendered under", async ({ page }) => {
  await signInWithSession(page, "politiker@medvirk.test");
  const res = await page.request.get("/admin/innspill");
  expect(res.status()).toBe(403);
  const nonce = nonceOf(res.headers()["content-security-policy"]);
  const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
});

test("the form shown again by its POST handler keeps the CSP of the page it rendered", async ({ request }) => {
  const res = await request.post("/skjema/demre-innspill/send", {
    data: "kategori=NEED&innspill=Bussen%00 til Konnerud",
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(res.status()).toBe(400);
  const nonce = nonceOf(res.headers()["content-security-policy"]);
  expect(nonce).toBeTruthy();
  const tags = (await res.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length).toBeGreaterThan(0);
  for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
});

test("a citizen sends input with JavaScript under the policy, and nothing is blocked", async ({ page }) => {
  const blocked = violations(page);
  await page.goto("/skjema/demre-innspill");
  // Next's runtime ran: it is what the nonce has to let through.
  await page.waitForFunction(() => "__next_f" in self && Array.isArray((self as unknown as { __next_f: unknown[] }).__next_f));
  await page.getByLabel("Innspillet ditt", { exact: true }).fill("Benkene langs elva trengs, og det må være toaletter ved Bragernes torg.");
  const sent = page.waitForResponse((r) => r.url().endsWith("/skjema/demre-innspill/send") && r.request().method() === "POST");
  await page.getByRole("button", { name: "Send innspill" }).click();
  // The JavaScript path asks for JSON; a blocked script would have posted the plain form.
  expect((await sent).headers()["content-type"]).toContain("application/json");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Takk for innspillet ditt!");
  expect(blocked).toEqual([]);
});

test("an administrator's pages work under the policy", async ({ page }) => {
  test.setTimeout(120_000);
  const blocked = violations(page);
  await signInWithSession(page, "admin@medvirk.test");
  for (const path of ["/admin/innspill", "/admin/kunnskapsbase", "/gruppeleder", "/admin/utsending"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(200);
    await page.waitForFunction(() => "__next_f" in self);
  }
  expect(blocked).toEqual([]);
});
