// The proxy's check of server-action bodies: what our forms send passes; what Next or our
// actions could not decode is refused before it reaches them.
import { describe, expect, it } from "vitest";
import { actionPostOk } from "@/lib/action-post-check";

// A browser's boundary: long and random. (Node 20's parser, which Next uses too, fails a body whose
// values contain the boundary string anywhere; with "b" that is almost any text.)
const B = "----WebKitFormBoundaryQ7xM2";
const multipart = (fields: [string, string][], end = `--${B}--\r\n`) =>
  Buffer.from(fields.map(([n, v]) => `--${B}\r\nContent-Disposition: form-data; name="${n}"\r\n\r\n${v}\r\n`).join("") + end);
const MP = { "content-type": `multipart/form-data; boundary=${B}` };
// The first byte of an action id says which arguments it reads: 0x60 (prevState, formData),
// 0x40 (formData), 0x00 none.
const action = { ...MP, "next-action": "6051f5f0f3cfa6b2f0ec0bb20592a7f8703f1fff00" };
const oneArg = { ...MP, "next-action": "400508312eceba0b6f9e7394b8ea7a9c2b593596bc" };
const noArgs = { "content-type": "text/plain;charset=UTF-8", "next-action": "00a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4" };

describe("actionPostOk", () => {
  it("passes what a browser sends with JavaScript: [prevState, $K1] and the form's fields", async () => {
    expect(
      await actionPostOk(
        new Headers(action),
        multipart([
          ["_1_email", "a@b.no"],
          ["0", '[{"status":"idle"},"$K1"]'],
        ]),
      ),
    ).toBe(true);
    expect(await actionPostOk(new Headers(oneArg), multipart([["0", '["$K1"]']]))).toBe(true);
    expect(await actionPostOk(new Headers(noArgs), Buffer.from("[]"))).toBe(true);
  });
  it("passes what a browser sends without JavaScript", async () => {
    const bound: [string, string][] = [
      ["$ACTION_REF_1", ""],
      ["$ACTION_1:0", '{"id":"6051f5f0","bound":"$@1"}'],
      ["$ACTION_1:1", '[{"status":"idle"}]'],
      ["email", "a@b.no"],
    ];
    expect(await actionPostOk(new Headers(MP), multipart(bound))).toBe(true);
    expect(
      await actionPostOk(
        new Headers(MP),
        multipart([
          ["$ACTION_ID_4005", ""],
          ["locale", "nn"],
        ]),
      ),
    ).toBe(true);
  });
  it("refuses action posts that are not multipart, and broken multipart", async () => {
    expect(await actionPostOk(new Headers({ ...action, "content-type": "text/plain;charset=UTF-8" }), Buffer.from('["$K1"]'))).toBe(false);
    expect(await actionPostOk(new Headers(action), Buffer.from("garbage"))).toBe(false);
    expect(await actionPostOk(new Headers(MP), Buffer.from(`--${B}\r\nContent-Disposition: form-data; name="x"\r\n\r\nlo`))).toBe(false);
  });
  it("refuses argument lists our actions would choke on", async () => {
    for (const args of ["[]", '["$K1"]', "[1,2]", '["$K1","x"]', "{", '[{}, {}, "$K1"]', '"$K1"']) {
      expect(await actionPostOk(new Headers(action), multipart([["0", args]])), args).toBe(false);
    }
    expect(await actionPostOk(new Headers(action), multipart([["1_x", "y"]]))).toBe(false);
    expect(await actionPostOk(new Headers(oneArg), multipart([["0", '[{},"$K1"]']]))).toBe(false);
    expect(await actionPostOk(new Headers(noArgs), Buffer.from('["$K1"]'))).toBe(false);
    expect(await actionPostOk(new Headers({ ...noArgs, "next-action": "zz" }), Buffer.from("[]"))).toBe(false);
    for (const boundArgs of ["[]", "[1,2]", "x", "{}"]) {
      expect(
        await actionPostOk(
          new Headers(MP),
          multipart([
            ["$ACTION_REF_1", ""],
            ["$ACTION_1:0", '{"id":"a","bound":"$@1"}'],
            ["$ACTION_1:1", boundArgs],
          ]),
        ),
        boundArgs,
      ).toBe(false);
    }
    expect(
      await actionPostOk(
        new Headers(MP),
        multipart([
          ["$ACTION_REF_1", ""],
          ["$ACTION_1:0", "null"],
        ]),
      ),
    ).toBe(false);
  });
  it("refuses a multipart post to a page that names no action, and a body after the last boundary", async () => {
    expect(await actionPostOk(new Headers(MP), multipart([["email", "a@b.no"]]))).toBe(false);
    expect(await actionPostOk(new Headers(MP), Buffer.from(`--${B}--\r\n `))).toBe(false);
  });
  it("leaves other posts alone (urlencoded forms to route handlers)", async () => {
    expect(await actionPostOk(new Headers({ "content-type": "application/x-www-form-urlencoded" }), Buffer.from("a=1"))).toBe(true);
  });
});
