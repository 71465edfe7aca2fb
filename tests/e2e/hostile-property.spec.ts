// Random hostile traffic against the production server (issue #18 §2), property-based: bodies
// built from the pieces broken clients and attackers send, to the public form's handler and to
// sign-in's server action, and undecodable or odd addresses on every public dynamic route.
// Whatever comes in, the answer is never a 5xx, and a page that refuses says so in Norwegian.
import { expect, test } from "@playwright/test";
import fc from "fast-check";

const SEND = "/skjema/demre-innspill/send";

const piece = fc.oneof(
  fc.uint8Array({ maxLength: 48 }).map((a) => Buffer.from(a)),
  fc.string({ unit: "grapheme", maxLength: 24 }).map((t) => Buffer.from(t)),
  fc
    .constantFrom(
      "innspill=",
      "kategori=NEED&",
      "bydel=",
      "&",
      "=",
      "%",
      "%FF%FE",
      "%00",
      "%C3%28",
      "%E2%80%AE",
      "--b\r\n",
      "--b--\r\n",
      'Content-Disposition: form-data; name="innspill"\r\n\r\n',
      'Content-Disposition: form-data; name="x"; filename="a.exe"\r\nContent-Type: application/octet-stream\r\n\r\n',
      "\r\n",
      "\u202E\u200B\uFEFF",
      "<script>alert(1)</script>",
      "' OR 1=1; --",
    )
    .map((t) => Buffer.from(t)),
);
// Each request from its own address (the app trusts one proxy), so these posts use up no other
// test's rate limit or sign-in throttle.
const address = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 1, max: 254 })).map(([a, b]) => `198.18.${a}.${b}`);
const body = fc.array(piece, { maxLength: 20 }).map((parts) => Buffer.concat(parts));
const contentType = fc.constantFrom(
  "application/x-www-form-urlencoded",
  "application/x-www-form-urlencoded; charset=iso-8859-1",
  "multipart/form-data; boundary=b",
  "multipart/form-data; boundary=",
  'multipart/form-data; boundary="b b"',
  "text/plain",
  "application/json",
);

test("random bodies to the public form's handler: always a 4xx or a receipt, never a 5xx", async ({ request }) => {
  test.setTimeout(240_000);
  await fc.assert(
    fc.asyncProperty(body, contentType, address, async (data, type, from) => {
      const res = await request.post(SEND, { data, headers: { "content-type": type, "x-forwarded-for": from }, maxRedirects: 0 });
      expect(res.status(), `${type} ${data.toString("latin1").slice(0, 200)}`).toBeLessThan(500);
      if (res.status() >= 400 && (res.headers()["content-type"] ?? "").includes("text/html")) {
        // The form shown again, or the proxy's refusal page: Norwegian either way.
        expect(await res.text()).toMatch(/Innsendingen|Skjemaet|Teksten|Send innspill|tegn/);
      }
    }),
    { numRuns: 80 },
  );
});

test("random server-action posts to sign-in never get a 5xx, with its real action id or another", async ({ request }) => {
  test.setTimeout(240_000);
  // The sign-in form's own action id, as a browser finds it in the page.
  const realId = /\$ACTION_ID_([0-9a-f]+)/.exec(await (await request.get("/logg-inn")).text())?.[1];
  expect(realId).toBeTruthy();
  const actionId = fc.oneof(
    { arbitrary: fc.constant(realId!), weight: 3 },
    { arbitrary: fc.string({ unit: fc.constantFrom(..."0123456789abcdef"), minLength: 40, maxLength: 42 }), weight: 1 },
    { arbitrary: fc.string({ maxLength: 50 }).filter((s) => /^[\x21-\x7e]*$/.test(s)), weight: 1 },
  );
  // The argument list a browser sends as field "0", and lists our actions would choke on.
  const args = fc.oneof(
    fc.constantFrom('[{"status":"idle"},"$K1"]', '["$K1"]', "[]", "[1,2]", '["$K1","x"]', "{", "null", '"$K1"', '[{},{},"$K1"]'),
    fc.json({ maxDepth: 2 }),
  );
  const field = fc.tuple(
    fc.constantFrom("0", "_1_email", "_1_password", "_1_tilbake", "$ACTION_1:1", "$ACTION_1:0", "$ACTION_REF_1", "x"),
    fc.oneof(args, fc.string({ maxLength: 30 })),
  );
  const multipart = fc
    .tuple(fc.array(field, { maxLength: 6 }), fc.boolean())
    .map(([fields, closed]) =>
      Buffer.from(fields.map(([n, v]) => `--b\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") + (closed ? "--b--\r\n" : "")),
    );
  await fc.assert(
    fc.asyncProperty(fc.oneof(multipart, body), contentType, actionId, fc.boolean(), address, async (data, type, id, withId, from) => {
      const headers: Record<string, string> = { "content-type": type, "x-forwarded-for": from };
      if (withId) headers["next-action"] = id;
      const res = await request.post("/logg-inn", { data, headers, maxRedirects: 0 });
      expect(res.status(), `${withId ? id : "(no id)"} ${type} ${data.toString("latin1").slice(0, 300)}`).toBeLessThan(500);
    }),
    { numRuns: 100 },
  );
});

test("odd and undecodable addresses on every public dynamic route never get a 5xx", async ({ request }) => {
  test.setTimeout(240_000);
  const routes = [
    "/skjema/",
    "/kvittering/",
    "/prosesser/",
    "/kunnskapsgrunnlag/tema/",
    "/kunnskapsgrunnlag/prosess/",
    "/kalender/",
    "/avmelding/",
    "/rapport/",
  ];
  const segment = fc.oneof(
    fc.string({ unit: "grapheme", maxLength: 30 }).map((s) => encodeURIComponent(s)),
    fc.constantFrom("%C3%28", "%FF%FE", "%E0%A4%A", "a%00b", "%80", "%C0%AF", "..%2F..%2Fetc", "%2E%2E", "ABCDE-23456", "x".repeat(3000), "%E2%80%AE"),
  );
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...routes), segment, async (route, seg) => {
      const res = await request.get(route + seg, { maxRedirects: 0 });
      expect(res.status(), route + seg.slice(0, 100)).toBeLessThan(500);
    }),
    { numRuns: 80 },
  );
});
