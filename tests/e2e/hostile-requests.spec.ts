// Requests no browser makes by accident, against the production server: each gets a 4xx and a
// Norwegian page with the request id (src/proxy.ts), never Next's bare English 500.
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";

const undecodable = [
  "/skjema/%C3%28",
  "/kvittering/%FF%FE",
  "/prosesser/%E0%A4%A",
  "/kunnskapsgrunnlag/tema/a%00b",
  "/admin/prosesser/%80",
  "/kalender/%C0%AF",
];

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
  for (const [path, size] of [
    ["/skjema/demre-innspill", 7],
    ["/logg-inn", 20],
  ] as const) {
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

// The public form's own POST handler (/skjema/<slug>/send) reads its body itself: whatever a
// client sends, the answer is a 4xx with the form shown again in Norwegian — the error summary
// and the text that could be recovered — never a 5xx and never a bare page that loses the text.
const SEND = "/skjema/demre-innspill/send";
const PORT = Number(process.env.E2E_PORT ?? 3100);

/** A raw POST (Playwright's request API always sends a content-length). */
function rawPost(path: string, headers: Record<string, string>, chunks: (string | Buffer)[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "localhost", port: PORT, path, method: "POST", headers }, (res) => {
      const parts: Buffer[] = [];
      res.on("data", (c: Buffer) => parts.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString("utf8") }));
    });
    req.on("error", reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

const text = "Bussen til Konnerud går for sjelden på kveldstid";
const form = (innspill: string) => `kategori=NEED&innspill=${encodeURIComponent(innspill)}`;

function expectFormAgain(res: { status: number; body: string }, status: number, message: string, kept: string) {
  expect(res.status).toBe(status);
  expect(res.body).toContain('lang="nb"');
  expect(res.body).toContain("For å gå videre må du rette opp i dette:");
  expect(res.body).toContain(message);
  // The text is back in the textarea, where the person typed it.
  expect(res.body).toMatch(new RegExp(`<textarea[^>]*name="innspill"[^>]*>${kept}`));
}

test("a chunked body (no content-length) is read: a good one gives a receipt, a too-large one the form with the text", async () => {
  const ok = await rawPost(SEND, { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" }, [
    form(text).slice(0, 20),
    form(text).slice(20),
  ]);
  expect(ok.status).toBe(303);
  const big = "a".repeat(512 * 1024);
  const tooLarge = await rawPost(SEND, { "content-type": "application/x-www-form-urlencoded", "transfer-encoding": "chunked" }, [
    form(`${text} ${big}`),
    `&x=${big}`,
    `&y=${big}`,
  ]);
  expectFormAgain(tooLarge, 413, "Det du sendte, var større enn vi tar imot", text);
});

test("malformed multipart with a boundary is a 400 with the parts that could be read", async () => {
  const body = `--XyZ\r\nContent-Disposition: form-data; name="innspill"\r\n\r\n${text}\r\n--XyZ\r\nContent-Disposition: form-data; name="kategori"\r\n\r\nNE`;
  const res = await rawPost(SEND, { "content-type": "multipart/form-data; boundary=XyZ", "content-length": String(Buffer.byteLength(body)) }, [body]);
  expectFormAgain(res, 400, "Skjemaet kom fram i en form vi ikke kunne lese helt", text);
});

test("a 2 MB body is a 413 with the form, its text and the length message", async ({ request }) => {
  const innspill = `${text} ${"ø".repeat(1024 * 1024)}`;
  const res = await request.post(SEND, { data: form(innspill), headers: { "content-type": "application/x-www-form-urlencoded" } });
  const body = await res.text();
  expectFormAgain({ status: res.status(), body }, 413, "Teksten din står fortsatt i skjemaet", text);
  expect(body).toMatch(/Teksten er 1\s048\s625 tegn\. Den kan være høyst 5\s000 tegn\./);
});

test("invalid UTF-8 is a 400 that says so and keeps the readable text", async ({ request }) => {
  const res = await request.post(SEND, {
    data: `kategori=NEED&innspill=${encodeURIComponent(text)}%FF%FE`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expectFormAgain({ status: res.status(), body: await res.text() }, 400, "Teksten inneholdt tegn vi ikke kunne lese", text);
});

test("a NUL byte is a 400 that says so and keeps the text without it", async ({ request }) => {
  const res = await request.post(SEND, {
    data: `kategori=NEED&innspill=Bussen%00 til Konnerud`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expectFormAgain({ status: res.status(), body: await res.text() }, 400, "usynlig kontrolltegn", "Bussen til Konnerud");
});

test("the form in English comes back in English; a post from another site is a 403 with the text", async ({ request }) => {
  const en = await request.post(SEND, {
    data: `sprak=en&innspill=${encodeURIComponent(text)}%00`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(en.status()).toBe(400);
  expect(await en.text()).toContain("The text contained an invisible control character");
  const other = await request.post(SEND, {
    data: form(text),
    headers: { "content-type": "application/x-www-form-urlencoded", origin: "https://evil.example" },
  });
  expectFormAgain({ status: other.status(), body: await other.text() }, 403, "bare imot skjemaer som sendes fra denne nettsiden", text);
});

test("random hostile bodies to the form handler never get a 5xx", async () => {
  const bodies: [Record<string, string>, string][] = [
    [{ "content-type": "multipart/form-data; boundary=a" }, "--a\r\n\r\n"],
    [{ "content-type": "multipart/form-data; boundary=a" }, "--a\r\nContent-Disposition: form-data\r\n\r\nx\r\n--a--"],
    [
      { "content-type": 'multipart/form-data; boundary="a b"' },
      '--a b\r\nContent-Disposition: form-data; name="innspill"; filename="x.exe"\r\n\r\nMZ\r\n--a b--',
    ],
    [{ "content-type": "application/x-www-form-urlencoded" }, "%%%&&&===%E2%82"],
    [{ "content-type": "application/json" }, '{"innspill":"hei"}'],
    [{ "content-type": "text/plain" }, ""],
  ];
  for (const [headers, body] of bodies) {
    const res = await rawPost(SEND, { ...headers, "content-length": String(Buffer.byteLength(body)) }, [body]);
    expect(res.status, `${headers["content-type"]} ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  }
});
