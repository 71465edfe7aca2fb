// The public form's own body parser: what it recovers and what it calls a problem.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFormBody, readBody } from "@/lib/form-body";

const URLENC = "application/x-www-form-urlencoded";
const stream = (...parts: string[]) =>
  new ReadableStream<Uint8Array>({
    start(c) {
      for (const p of parts) c.enqueue(new TextEncoder().encode(p));
      c.close();
    },
  });

describe("parseFormBody", () => {
  it("reads urlencoded fields, repeated names and + as space", () => {
    const b = parseFormBody(Buffer.from("a=1&b=h%C3%A5p+og+tro&b=2&c"), URLENC, false);
    expect(b.problem).toBeNull();
    expect(Object.fromEntries(b.fields)).toEqual({ a: ["1"], b: ["håp og tro", "2"], c: [""] });
  });
  it("reports invalid UTF-8 and NUL, keeping the rest of the text", () => {
    const bad = parseFormBody(Buffer.from("t=hei%FF%FEdu"), URLENC, false);
    expect(bad.problem).toBe("encoding");
    expect(bad.fields.get("t")![0]).toBe("hei\uFFFD\uFFFDdu");
    const nul = parseFormBody(Buffer.from("t=hei%00du"), URLENC, false);
    expect(nul.problem).toBe("nul");
  });
  it("reads multipart; a broken one is malformed but keeps the parts before the break", () => {
    const ok = parseFormBody(
      Buffer.from(
        '--b\r\nContent-Disposition: form-data; name="t"\r\n\r\nhå\r\np\r\n--b\r\nContent-Disposition: form-data; name="f"; filename="x"\r\n\r\nMZ\r\n--b--\r\n',
      ),
      "multipart/form-data; boundary=b",
      false,
    );
    expect(ok.problem).toBeNull();
    expect(Object.fromEntries(ok.fields)).toEqual({ t: ["hå\r\np"] });
    const broken = parseFormBody(
      Buffer.from('--b\r\nContent-Disposition: form-data; name="t"\r\n\r\nkept\r\n--b\r\nContent-Disposition: form-data; name="u"\r\n\r\nlo'),
      "multipart/form-data; boundary=b",
      false,
    );
    expect(broken.problem).toBe("malformed");
    expect(broken.fields.get("t")).toEqual(["kept"]);
    expect(parseFormBody(Buffer.from("x"), "multipart/form-data", false).problem).toBe("malformed");
    expect(parseFormBody(Buffer.from("x"), "text/plain", false).problem).toBe("unsupported");
  });
  it("a too-large body is a problem even when it parses", () => {
    expect(parseFormBody(Buffer.from("t=a"), URLENC, true).problem).toBe("tooLarge");
  });
});

describe("readBody", () => {
  it("reads chunked streams, stops at the recover limit and says the body was over the limit", async () => {
    expect((await readBody(stream("a=", "1"), { limit: 10, recoverLimit: 20 })).buf.toString()).toBe("a=1");
    const r = await readBody(stream("a=12345", "67890", "abcdef"), { limit: 5, recoverLimit: 9 });
    expect(r).toEqual({ buf: Buffer.from("a=1234567"), over: true });
  });
});

describe("parseFormBody under random bodies", () => {
  const PROBLEMS = [null, "tooLarge", "malformed", "encoding", "nul", "unsupported"];
  const type = fc.constantFrom(
    URLENC,
    "multipart/form-data; boundary=b",
    "multipart/form-data",
    "multipart/form-data; boundary=",
    "text/plain",
    "",
    "application/json",
  );
  // Pieces a broken or hostile multipart/urlencoded body is made of.
  const piece = fc.oneof(
    fc.uint8Array({ maxLength: 64 }).map((a) => Buffer.from(a)),
    fc
      .constantFrom(
        "--b\r\n",
        "--b--\r\n",
        'Content-Disposition: form-data; name="innspill"\r\n\r\n',
        "\r\n",
        "%",
        "%FF",
        "%00",
        "%C3%28",
        "=",
        "&",
        "+",
        "ø",
        "\u202E",
      )
      .map((t) => Buffer.from(t)),
  );
  const body = fc.array(piece, { maxLength: 24 }).map((parts) => Buffer.concat(parts));

  it("never throws; names a known problem; reports a NUL instead of passing it on", () => {
    fc.assert(
      fc.property(body, type, fc.boolean(), (buf, contentType, over) => {
        const parsed = parseFormBody(buf, contentType, over);
        expect(PROBLEMS).toContain(parsed.problem);
        if (over) expect(parsed.problem).toBe("tooLarge");
        if (parsed.problem === null) {
          for (const values of parsed.fields.values()) for (const v of values) expect(v).not.toContain("\u0000");
        }
      }),
      { numRuns: 2000 },
    );
  });
});
