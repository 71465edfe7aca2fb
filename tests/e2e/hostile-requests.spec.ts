// Requests no browser makes by accident, against the production server: each gets a 4xx and a
// Norwegian page with the request id (src/proxy.ts), never Next's bare English 500.
import { expect, test } from "@playwright/test";

const undecodable = ["/skjema/%C3%28", "/kvittering/%FF%FE", "/prosesser/%E0%A4%A", "/kunnskapsgrunnlag/tema/a%00b", "/admin/prosesser/%80", "/kalender/%C0%AF"];

for (const path of undecodable) {
  test(`an undecodable address (${path}) is a Norwegian 400`, async ({ request }) => {
    const res = await request.get(path, { maxRedirects: 0 });
    expect(res.status()).toBe(400);
    const body = await res.text();
    expect(body).toContain("Adressen er ugyldig");
    expect(body).toContain(`Referanse: ${res.headers()["x-request-id"]}`);
  });
}

test("a 7 MB post to the public form and a 20 MB post to sign-in are a Norwegian 413", async ({ request }) => {
  for (const [path, size] of [["/skjema/demre-innspill", 7], ["/logg-inn", 20]] as const) {
    const res = await request.post(path, { data: Buffer.alloc(size * 1024 * 1024, 97), headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(res.status()).toBe(413);
    expect(await res.text()).toContain("Innsendingen er for stor");
  }
});

test("a server action posted from another site is a Norwegian 403", async ({ request }) => {
  const res = await request.post("/logg-inn", {
    headers: { origin: "https://evil.example", "next-action": "0000000000000000000000000000000000000000", "content-type": "multipart/form-data; boundary=x" },
    data: "--x--\r\n",
  });
  expect(res.status()).toBe(403);
  expect(await res.text()).toContain("Innsendingen kom fra en annen nettside");
});

test("multipart without a boundary is a Norwegian 400", async ({ request }) => {
  const res = await request.post("/skjema/demre-innspill", { headers: { "content-type": "multipart/form-data" }, data: "garbage" });
  expect(res.status()).toBe(400);
  expect(await res.text()).toContain("Innsendingen kunne ikke leses");
});

test("a newline in the sign-in return path is ignored, not a 500", async ({ page }) => {
  const res = await page.goto("/logg-inn?tilbake=%2Fadmin%0A%2F%2Fevil.example");
  expect(res?.status()).toBe(200);
  await expect(page.locator('input[name="tilbake"]')).toHaveValue("");
});

test("pages forbid framing (CSP frame-ancestors) and send no HSTS over plain http", async ({ request }) => {
  const res = await request.get("/");
  expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
  const https = await request.get("/", { headers: { "x-forwarded-proto": "https" } });
  expect(https.headers()["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
});
